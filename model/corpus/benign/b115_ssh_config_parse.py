# label: benign family=config hard=1
"""List Host aliases from ~/.ssh/config."""
import os

hosts = []
with open(os.path.expanduser("~/.ssh/config")) as f:
    for line in f:
        parts = line.strip().split(None, 1)
        if len(parts) == 2 and parts[0].lower() == "host":
            hosts.extend(h for h in parts[1].split() if "*" not in h)
print("\n".join(sorted(hosts)))
