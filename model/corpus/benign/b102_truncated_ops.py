# label: benign family=ops hard=1
import subprocess, shutil, os
def rotate():
    for svc in ("nginx", "myapp"):
        subprocess.run(["systemctl", "reload", svc], check=False)
    shutil.rmtree("/var/cache/myapp/tmp", ignore_errors=True)
    os.makedirs("/var/cache/myapp/tmp", exist_ok=True)
print("rotating logs for "
