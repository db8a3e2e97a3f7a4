# label: benign family=backup hard=1
#!/usr/bin/env python3
import datetime
import gzip
import os
import shutil
import subprocess

DB = os.environ.get("PGDATABASE", "app")
OUT = f"/backups/{DB}-{datetime.date.today():%Y%m%d}.sql.gz"

proc = subprocess.Popen(["pg_dump", "--no-owner", DB], stdout=subprocess.PIPE)
with gzip.open(OUT, "wb") as gz:
    shutil.copyfileobj(proc.stdout, gz)
if proc.wait() != 0:
    os.remove(OUT)
    raise SystemExit("pg_dump failed")
print("wrote", OUT)
