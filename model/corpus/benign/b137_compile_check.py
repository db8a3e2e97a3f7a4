# label: benign family=cli hard=1
"""Syntax-check every .py under a directory without importing it."""
import os
import sys

bad = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        if f.endswith(".py"):
            p = os.path.join(root, f)
            try:
                compile(open(p, "rb").read(), p, "exec")
            except SyntaxError as e:
                bad += 1
                print(f"{p}:{e.lineno}: {e.msg}")
sys.exit(1 if bad else 0)
