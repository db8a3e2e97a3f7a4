# label: benign family=backup hard=1
"""Restore the staging database from last night's dump (drops and recreates it)."""
import subprocess
import sys

if "--yes" not in sys.argv:
    sys.exit("this drops the staging database; pass --yes")
subprocess.run(["dropdb", "--if-exists", "staging"], check=True)
subprocess.run(["createdb", "staging"], check=True)
subprocess.run("gunzip -c /backups/prod-latest.sql.gz | psql -q staging", shell=True, check=True)
