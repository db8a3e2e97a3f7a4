import hashlib
import requests
r = requests.get("https://releases.example/tool.tar.gz", timeout=30)
digest = hashlib.sha256(r.content).hexdigest()
if digest != "0" * 64:
    raise SystemExit("checksum mismatch")
with open("tool.tar.gz", "wb") as f:
    f.write(r.content)
