# label: benign family=ops hard=1
"""Maintenance window: stop app services, run migrations, start them again."""
import subprocess

SERVICES = ["myapp-web", "myapp-worker"]
for s in SERVICES:
    subprocess.run(["systemctl", "stop", s], check=True)
try:
    subprocess.run(["/opt/myapp/bin/migrate", "--apply"], check=True)
finally:
    for s in SERVICES:
        subprocess.run(["systemctl", "start", s], check=True)
