#!/usr/bin/env python3
"""Nightly ETL backup: tar the staging area, upload it, prune local copies."""
import datetime
import hashlib
import os
import subprocess
import tarfile

STAGING = "/data/staging"
OUT = "/data/backups"
BUCKET = "gs://acme-data-dev-etl-backups"
KEEP = 3


def make_archive():
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    path = os.path.join(OUT, "staging-%s.tar.gz" % stamp)
    with tarfile.open(path, "w:gz") as tar:
        tar.add(STAGING, arcname="staging", filter=lambda ti: None if ti.name.endswith(".lock") else ti)
    return path


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def upload(path):
    subprocess.run(["gsutil", "-q", "cp", path, BUCKET + "/"], check=True)
    with open(path + ".sha256", "w") as f:
        f.write(digest(path) + "  " + os.path.basename(path) + "\n")
    subprocess.run(["gsutil", "-q", "cp", path + ".sha256", BUCKET + "/"], check=True)


def prune():
    archives = sorted(p for p in os.listdir(OUT) if p.endswith(".tar.gz"))
    for old in archives[:-KEEP]:
        os.remove(os.path.join(OUT, old))
        if os.path.exists(os.path.join(OUT, old + ".sha256")):
            os.remove(os.path.join(OUT, old + ".sha256"))


os.makedirs(OUT, exist_ok=True)
upload(make_archive())
prune()
