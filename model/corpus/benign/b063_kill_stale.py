# label: benign family=ops hard=1
import os
import signal
import subprocess

out = subprocess.check_output(["pgrep", "-f", "myapp-export --stale"], text=True).split()
for pid in out:
    os.kill(int(pid), signal.SIGTERM)
    print("terminated", pid)
