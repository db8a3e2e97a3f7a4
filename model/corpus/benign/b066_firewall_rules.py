# label: benign family=ops hard=1
"""Apply our baseline ufw rules (idempotent)."""
import subprocess

RULES = [
    ["ufw", "default", "deny", "incoming"],
    ["ufw", "default", "allow", "outgoing"],
    ["ufw", "allow", "22/tcp"],
    ["ufw", "allow", "443/tcp"],
]
for r in RULES:
    subprocess.run(r, check=True)
subprocess.run(["ufw", "--force", "enable"], check=True)
