# label: benign family=ops hard=1
"""Show whether our services are active; restart failed ones when --fix is given."""
import subprocess
import sys

UNITS = ["nginx.service", "myapp.service", "myapp-worker.service"]


def is_active(unit):
    return subprocess.run(["systemctl", "is-active", "--quiet", unit]).returncode == 0


for u in UNITS:
    if is_active(u):
        print("active  ", u)
    else:
        print("INACTIVE", u)
        if "--fix" in sys.argv:
            subprocess.run(["sudo", "systemctl", "restart", u], check=False)
