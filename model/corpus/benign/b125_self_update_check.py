# label: benign family=download hard=1
"""Tell the user if a newer release of this tool exists (no auto-install)."""
import json
import urllib.request

__version__ = "1.2.0"

with urllib.request.urlopen("https://pypi.org/pypi/mytool/json", timeout=5) as r:
    latest = json.load(r)["info"]["version"]
if tuple(map(int, latest.split("."))) > tuple(map(int, __version__.split("."))):
    print(f"mytool {latest} is available (you have {__version__}); run: pip install -U mytool")
