# label: benign family=k8s hard=1
"""Print the keys (not the values) of a Kubernetes secret, decoded."""
import base64
import json
import subprocess
import sys

name = sys.argv[1]
out = subprocess.check_output(["kubectl", "get", "secret", name, "-o", "json"])
data = json.loads(out).get("data", {})
for k, v in sorted(data.items()):
    print(k, len(base64.b64decode(v)), "bytes")
