# label: benign family=download hard=1
"""Install a pinned kubectl: download, verify checksum, chmod, run --version."""
import hashlib
import os
import subprocess
import urllib.request

VERSION = "v1.30.2"
URL = f"https://dl.k8s.io/release/{VERSION}/bin/linux/amd64/kubectl"
SHA_URL = URL + ".sha256"
DEST = os.path.expanduser("~/.local/bin/kubectl")

data = urllib.request.urlopen(URL, timeout=60).read()
want = urllib.request.urlopen(SHA_URL, timeout=60).read().decode().split()[0]
got = hashlib.sha256(data).hexdigest()
if got != want:
    raise SystemExit(f"sha256 mismatch: {got} != {want}")
os.makedirs(os.path.dirname(DEST), exist_ok=True)
with open(DEST, "wb") as f:
    f.write(data)
os.chmod(DEST, 0o755)
print(subprocess.check_output([DEST, "version", "--client"], text=True))
