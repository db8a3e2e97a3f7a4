#!/usr/bin/env python3
"""Compress yesterday's worker logs and delete those older than the retention."""
import datetime
import glob
import gzip
import os
import shutil

LOG_DIR = "/var/log/report-worker"
KEEP_DAYS = 14


def compress(path):
    with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)


def main():
    now = datetime.datetime.now()
    cutoff = (now - datetime.timedelta(days=KEEP_DAYS)).timestamp()
    today = now.strftime("%Y-%m-%d")
    for path in glob.glob(os.path.join(LOG_DIR, "*.log")):
        if today not in os.path.basename(path):
            compress(path)
    removed = 0
    for path in glob.glob(os.path.join(LOG_DIR, "*.log.gz")):
        if os.path.getmtime(path) < cutoff:
            os.remove(path)
            removed += 1
    print("log rotation done, removed %d old archives" % removed)


if __name__ == "__main__":
    main()
