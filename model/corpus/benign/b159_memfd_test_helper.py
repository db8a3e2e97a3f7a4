# label: benign family=test hard=1
"""Use an anonymous in-memory file as a scratch buffer for a parser test."""
import os

fd = os.memfd_create("parser-test", 0)
os.write(fd, b"key=value\nother=1\n")
os.lseek(fd, 0, os.SEEK_SET)
with os.fdopen(fd, "r") as f:
    pairs = dict(line.strip().split("=", 1) for line in f)
assert pairs == {"key": "value", "other": "1"}
print("ok")
