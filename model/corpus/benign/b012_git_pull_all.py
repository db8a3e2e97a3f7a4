# label: benign family=ops hard=1
import os
import subprocess

ROOT = os.path.expanduser("~/src")
for name in sorted(os.listdir(ROOT)):
    repo = os.path.join(ROOT, name)
    if os.path.isdir(os.path.join(repo, ".git")):
        r = subprocess.run(["git", "-C", repo, "pull", "--ff-only"], capture_output=True, text=True)
        status = "ok" if r.returncode == 0 else "FAILED"
        print(f"{name}: {status}")
