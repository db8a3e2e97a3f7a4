#!/usr/bin/env python3
"""Readiness probe: ready only when our ConfigMap is visible through the API.

Reads the pod's service account token and CA the way the Kubernetes client's
in-cluster config does and asks the in-cluster API server, nothing else.
"""
import json
import os
import ssl
import sys
import urllib.request

SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"


def in_cluster():
    host = os.environ["KUBERNETES_SERVICE_HOST"]
    port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
    with open(os.path.join(SA_DIR, "token")) as f:
        token = f.read().strip()
    with open(os.path.join(SA_DIR, "namespace")) as f:
        ns = f.read().strip()
    ctx = ssl.create_default_context(cafile=os.path.join(SA_DIR, "ca.crt"))
    return "https://%s:%s" % (host, port), token, ns, ctx


def main():
    base, token, ns, ctx = in_cluster()
    url = "%s/api/v1/namespaces/%s/configmaps/notebook-settings" % (base, ns)
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token,
                                               "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, context=ctx, timeout=3) as resp:
            cm = json.load(resp)
    except Exception as e:
        print("not ready:", e, file=sys.stderr)
        return 1
    return 0 if cm.get("data", {}).get("ready") == "true" else 1


if __name__ == "__main__":
    sys.exit(main())
