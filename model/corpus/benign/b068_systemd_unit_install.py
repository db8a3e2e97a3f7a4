# label: benign family=ops hard=1
"""Install our own service unit from the repo and enable it."""
import shutil
import subprocess

shutil.copy("deploy/myapp.service", "/etc/systemd/system/myapp.service")
subprocess.run(["systemctl", "daemon-reload"], check=True)
subprocess.run(["systemctl", "enable", "--now", "myapp.service"], check=True)
