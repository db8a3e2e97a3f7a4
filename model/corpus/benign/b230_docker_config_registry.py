# label: benign family=ops hard=1
"""Check that ~/.docker/config.json has credentials for our registry (does not print them)."""
import base64
import json
import os

REGISTRY = "europe-docker.pkg.dev"
with open(os.path.expanduser("~/.docker/config.json")) as f:
    cfg = json.load(f)
if REGISTRY in cfg.get("credHelpers", {}):
    print("uses credential helper", cfg["credHelpers"][REGISTRY])
elif REGISTRY in cfg.get("auths", {}):
    user = base64.b64decode(cfg["auths"][REGISTRY]["auth"]).split(b":", 1)[0].decode()
    print("static credentials for user", user)
else:
    print("no credentials for", REGISTRY, "- run gcloud auth configure-docker")
