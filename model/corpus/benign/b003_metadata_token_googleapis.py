# label: benign family=gauth hard=1
"""Fetch the VM's service-account token and call Cloud Logging with it."""
import json
import urllib.request

METADATA = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"


def token():
    req = urllib.request.Request(METADATA, headers={"Metadata-Flavor": "Google"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.load(r)["access_token"]


def write_entry(project, text):
    body = {
        "logName": f"projects/{project}/logs/heartbeat",
        "resource": {"type": "global"},
        "entries": [{"textPayload": text}],
    }
    req = urllib.request.Request(
        "https://logging.googleapis.com/v2/entries:write",
        data=json.dumps(body).encode(),
        headers={"Authorization": "Bearer " + token(), "Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=10).read()


if __name__ == "__main__":
    write_entry("my-project", "alive")
