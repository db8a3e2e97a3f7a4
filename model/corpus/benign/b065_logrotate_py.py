# label: benign family=logcleanup hard=1
import gzip
import os
import shutil

LOG = "/var/log/myapp/app.log"
KEEP = 5

for i in range(KEEP - 1, 0, -1):
    src = f"{LOG}.{i}.gz"
    if os.path.exists(src):
        os.rename(src, f"{LOG}.{i + 1}.gz")
if os.path.exists(LOG):
    with open(LOG, "rb") as fin, gzip.open(f"{LOG}.1.gz", "wb") as fout:
        shutil.copyfileobj(fin, fout)
    open(LOG, "w").close()
