# label: benign family=k8s hard=1
"""Readiness helper: ask the API server whether our ConfigMap exists (in-cluster, CA verified)."""
import json
import os
import ssl
import urllib.request

SA = "/var/run/secrets/kubernetes.io/serviceaccount"
host = os.environ["KUBERNETES_SERVICE_HOST"]
port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
token = open(os.path.join(SA, "token")).read().strip()
ns = open(os.path.join(SA, "namespace")).read().strip()
ctx = ssl.create_default_context(cafile=os.path.join(SA, "ca.crt"))
req = urllib.request.Request(
    f"https://{host}:{port}/api/v1/namespaces/{ns}/configmaps/app-config",
    headers={"Authorization": f"Bearer {token}"},
)
with urllib.request.urlopen(req, context=ctx) as r:
    cm = json.load(r)
print(sorted(cm.get("data", {})))
