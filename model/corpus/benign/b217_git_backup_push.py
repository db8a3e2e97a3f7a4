# label: benign family=backup hard=1
"""Commit and push my notes repository (run from cron)."""
import os
import subprocess
import time

repo = os.path.expanduser("~/notes")
subprocess.run(["git", "-C", repo, "add", "-A"], check=True)
r = subprocess.run(["git", "-C", repo, "commit", "-qm", time.strftime("auto %F %T")])
if r.returncode == 0:
    subprocess.run(["git", "-C", repo, "push", "-q", "origin", "HEAD"], check=True)
