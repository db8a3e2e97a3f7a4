import os
with open("/var/run/secrets/kubernetes.io/serviceaccount/namespace") as f:
    ns = f.read().strip()
print("running in", ns, os.environ.get("HOSTNAME"))
