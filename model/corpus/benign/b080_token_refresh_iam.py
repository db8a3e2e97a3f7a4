# label: benign family=gauth hard=1
"""Sign a blob with the VM's service account via IAM Credentials API."""
import base64
import json
import urllib.request

MD = "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/"
H = {"Metadata-Flavor": "Google"}


def md(path):
    return urllib.request.urlopen(urllib.request.Request(MD + path, headers=H), timeout=3).read().decode()


email = md("email")
tok = json.loads(md("token"))["access_token"]
body = json.dumps({"payload": base64.b64encode(b"hello").decode()}).encode()
req = urllib.request.Request(
    f"https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/{email}:signBlob",
    data=body,
    headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json"},
)
print(json.load(urllib.request.urlopen(req))["keyId"])
