# label: benign family=ops hard=1
"""Install the nightly report job for the current user, idempotently."""
import subprocess

JOB = "0 2 * * * /usr/bin/python3 /opt/reports/nightly.py >> /var/log/reports/nightly.log 2>&1"

current = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
if JOB not in current:
    new = current.rstrip("\n") + "\n" + JOB + "\n"
    subprocess.run(["crontab", "-"], input=new, text=True, check=True)
    print("installed")
else:
    print("already installed")
