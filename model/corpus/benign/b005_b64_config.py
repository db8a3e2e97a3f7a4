# label: benign family=b64config hard=1
"""Decode a base64-encoded JSON config passed through an environment variable."""
import base64
import json
import os

raw = os.environ.get("APP_CONFIG_B64", "")
config = json.loads(base64.b64decode(raw)) if raw else {}
print("log level:", config.get("log_level", "info"))
print("workers:", config.get("workers", 4))
