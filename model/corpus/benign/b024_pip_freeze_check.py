# label: benign family=ops hard=1
import subprocess
import sys

pinned = {}
for line in open("requirements.txt"):
    line = line.strip()
    if line and not line.startswith("#") and "==" in line:
        name, ver = line.split("==", 1)
        pinned[name.lower()] = ver

installed = subprocess.check_output([sys.executable, "-m", "pip", "freeze"], text=True)
for line in installed.splitlines():
    if "==" in line:
        name, ver = line.split("==", 1)
        want = pinned.get(name.lower())
        if want and want != ver:
            print(f"{name}: installed {ver}, pinned {want}")
