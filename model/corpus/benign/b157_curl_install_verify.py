# label: benign family=download hard=1
"""Fetch the installer, check the published SHA-256, then run it."""
import hashlib
import subprocess
import urllib.request

URL = "https://get.tool.example.org/install.sh"
PINNED = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c"

script = urllib.request.urlopen(URL, timeout=30).read()
if hashlib.sha256(script).hexdigest() != PINNED:
    raise SystemExit("installer checksum changed; refusing to run")
subprocess.run(["sh", "-s", "--", "--prefix", "/opt/tool"], input=script, check=True)
