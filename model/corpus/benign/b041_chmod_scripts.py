# label: benign family=ops hard=1
"""Make every script in ./bin executable (after a git checkout on Windows)."""
import os
import stat

for name in os.listdir("bin"):
    p = os.path.join("bin", name)
    if os.path.isfile(p) and open(p, "rb").read(2) == b"#!":
        os.chmod(p, os.stat(p).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        print("chmod +x", p)
