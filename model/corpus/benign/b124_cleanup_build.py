# label: benign family=logcleanup hard=1
import glob
import os
import shutil

for pattern in ("build", "dist", "*.egg-info", "**/__pycache__", ".mypy_cache"):
    for p in glob.glob(pattern, recursive=True):
        shutil.rmtree(p, ignore_errors=True) if os.path.isdir(p) else os.remove(p)
        print("removed", p)
