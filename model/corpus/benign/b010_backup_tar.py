# label: benign family=backup hard=1
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


def prune(keep=7):
    files = sorted(f for f in os.listdir(DEST) if f.startswith("data-"))
    for f in files[:-keep]:
        os.remove(os.path.join(DEST, f))


if __name__ == "__main__":
    print(make_backup())
    prune()
