"""Upload the day's rendered invoices to Cloud Storage with the service account.

Uses the metadata server the way google-auth does: fetch an access token for the
attached service account and send it only to *.googleapis.com.
"""
import datetime
import json
import os
import urllib.parse
import urllib.request

METADATA = "http://metadata.google.internal/computeMetadata/v1/"
HEADERS = {"Metadata-Flavor": "Google"}
UPLOAD = "https://storage.googleapis.com/upload/storage/v1/b/{bucket}/o?uploadType=media&name={name}"


def metadata(path):
    req = urllib.request.Request(METADATA + path, headers=HEADERS)
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.read().decode()


def access_token():
    tok = json.loads(metadata("instance/service-accounts/default/token"))
    return tok["access_token"], tok["expires_in"]


def upload(bucket, name, data, token):
    url = UPLOAD.format(bucket=bucket, name=urllib.parse.quote(name, safe=""))
    req = urllib.request.Request(url, data=data, method="POST", headers={
        "Authorization": "Bearer " + token,
        "Content-Type": "application/pdf",
    })
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)["name"]


def main():
    bucket = os.environ.get("INVOICE_BUCKET", "acme-payments-prod-invoices")
    day = datetime.date.today().isoformat()
    token, _ = access_token()
    out_dir = "/srv/invoices/" + day
    for fn in sorted(os.listdir(out_dir)):
        with open(os.path.join(out_dir, fn), "rb") as f:
            print("uploaded", upload(bucket, day + "/" + fn, f.read(), token))


if __name__ == "__main__":
    main()
