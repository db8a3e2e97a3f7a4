# label: benign family=b64config hard=1
"""Print the claims of a JWT without verifying (debug aid for our own tokens)."""
import base64
import json
import sys


def b64url(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


header, payload, _sig = sys.argv[1].split(".")
print(json.dumps(json.loads(b64url(header)), indent=2))
print(json.dumps(json.loads(b64url(payload)), indent=2))
