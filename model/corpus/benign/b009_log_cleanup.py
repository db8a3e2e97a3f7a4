# label: benign family=logcleanup hard=1
#!/usr/bin/env python3
"""Delete application logs older than N days from our own log directory."""
import os
import sys
import time
from pathlib import Path

LOG_DIR = Path(os.environ.get("APP_LOG_DIR", "/var/log/myapp"))
MAX_AGE_DAYS = int(os.environ.get("MAX_AGE_DAYS", "14"))


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
