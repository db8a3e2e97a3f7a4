import os, subprocess
rc = open(os.path.expanduser("~/.bashrc")).read()
print("alias" in rc)
subprocess.run(["systemctl", "status", "nginx"])
subprocess.run(["crontab", "-l"])
