# label: benign family=ops hard=1
"""Re-run the test suite when a source file changes (polling)."""
import os
import subprocess
import time

def snapshot(root="src"):
    return {os.path.join(d, f): os.stat(os.path.join(d, f)).st_mtime for d, _, fs in os.walk(root) for f in fs if f.endswith(".py")}

prev = snapshot()
while True:
    time.sleep(1)
    cur = snapshot()
    if cur != prev:
        subprocess.run(["pytest", "-q", "-x"])
        prev = cur
