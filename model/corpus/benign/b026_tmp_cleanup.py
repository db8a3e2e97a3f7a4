# label: benign family=logcleanup hard=1
import os
import shutil
import tempfile
import time

base = tempfile.gettempdir()
cutoff = time.time() - 3 * 86400
for entry in os.scandir(base):
    if entry.name.startswith("myapp-") and entry.stat().st_mtime < cutoff:
        if entry.is_dir():
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.unlink(entry.path)
