# label: benign family=gauth hard=1
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


if __name__ == "__main__":
    main()
