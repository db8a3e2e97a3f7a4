# label: benign family=backup hard=1
import sys
import tarfile

archive, dest = sys.argv[1], sys.argv[2]
with tarfile.open(archive, "r:*") as t:
    members = [m for m in t.getmembers() if not m.name.startswith("/") and ".." not in m.name]
    t.extractall(dest, members=members)
print(f"restored {len(members)} entries into {dest}")
