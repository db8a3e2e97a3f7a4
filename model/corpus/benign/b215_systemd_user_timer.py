# label: benign family=ops hard=1
"""Install a user timer that runs our backup script nightly (documented in README)."""
import os
import subprocess

d = os.path.expanduser("~/.config/systemd/user")
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "notes-backup.service"), "w") as f:
    f.write("[Service]\nType=oneshot\nExecStart=%h/bin/notes-backup\n")
with open(os.path.join(d, "notes-backup.timer"), "w") as f:
    f.write("[Timer]\nOnCalendar=daily\nPersistent=true\n[Install]\nWantedBy=timers.target\n")
subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
subprocess.run(["systemctl", "--user", "enable", "--now", "notes-backup.timer"], check=True)
