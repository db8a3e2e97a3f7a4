# label: benign family=b64config hard=1
"""Test fixture: a small gzipped CSV embedded as base64, decoded in the test."""
import base64
import csv
import gzip
import io

FIXTURE = (
    "H4sIAAAAAAACAz3ROW4EQQxD0ZxnUVCSSrUcZ2B3MIA3jCPf3gyKnX1mD9Lz3b4en5f9vn2/LjT7"
    "+Xj8Xa9mDX7aLSfijLDZkWekuaOf0a0v1BllqzDOGBaBeca02lhnLNsD+4xtmXAJGJOGG+E24VIw"
    "eofLwVgOl4ThCy4LowouDWMHXB5GbLhEjDHgMjESIROjN4RMjMnL3KcJ844QilGOEIqxFkIoRhRC"
    "KMYIhFCMvRFCMXIghGLMRErF8IaUitEnUirG4sful6WFI6Vi1EJKxdiFlIqRgZSKMTZSKsZACsXo"
    "iX8s6dmpTgIAAA=="
)

rows = list(csv.DictReader(io.StringIO(gzip.decompress(base64.b64decode(FIXTURE)).decode())))
assert rows[0]["name"] == "player0"
print(len(rows), "rows")
