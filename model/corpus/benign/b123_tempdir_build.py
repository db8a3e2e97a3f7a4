# label: benign family=ops hard=1
import os
import shutil
import subprocess
import tempfile

with tempfile.TemporaryDirectory(prefix="build-") as d:
    subprocess.run(["git", "clone", "--depth", "1", "https://github.com/psf/requests.git", d], check=True)
    subprocess.run(["python3", "-m", "build", "--wheel", d], check=True)
    for f in os.listdir(os.path.join(d, "dist")):
        shutil.copy(os.path.join(d, "dist", f), "wheels/")
