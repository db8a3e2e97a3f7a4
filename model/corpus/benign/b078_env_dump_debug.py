# label: benign family=config hard=1
"""Print non-secret environment for debugging; mask anything that looks secret."""
import os
import re

SECRET = re.compile(r"(KEY|SECRET|TOKEN|PASSWORD)", re.I)
for k in sorted(os.environ):
    v = os.environ[k]
    print(f"{k}={'****' if SECRET.search(k) else v}")
