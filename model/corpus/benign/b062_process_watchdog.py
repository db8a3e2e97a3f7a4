# label: benign family=ops hard=1
"""Restart the worker if its RSS exceeds the limit (psutil)."""
import subprocess
import time

import psutil

LIMIT_MB = 2048

while True:
    for p in psutil.process_iter(["pid", "name", "cmdline", "memory_info"]):
        if p.info["cmdline"] and "worker.py" in " ".join(p.info["cmdline"]):
            rss = p.info["memory_info"].rss >> 20
            if rss > LIMIT_MB:
                print(f"worker {p.pid} at {rss} MB, restarting")
                subprocess.run(["systemctl", "restart", "myapp-worker"], check=False)
    time.sleep(30)
