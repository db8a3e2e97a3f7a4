# label: benign family=ops hard=1
import subprocess

r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
jobs = [l for l in r.stdout.splitlines() if l.strip() and not l.startswith("#")]
print(f"{len(jobs)} cron jobs")
for j in jobs:
    print(" ", j)
