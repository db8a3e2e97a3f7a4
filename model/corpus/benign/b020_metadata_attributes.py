# label: benign family=gauth hard=1
"""Read a custom instance attribute to decide which role this VM plays."""
import urllib.error
import urllib.request

BASE = "http://metadata.google.internal/computeMetadata/v1/instance/attributes/"


def attribute(name, default=None):
    req = urllib.request.Request(BASE + name, headers={"Metadata-Flavor": "Google"})
    try:
        with urllib.request.urlopen(req, timeout=2) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return default
        raise


role = attribute("role", "worker")
print("starting as", role)
