# label: benign family=cli hard=1
"""Top 10 commands from my own shell history."""
import collections
import os

hist = os.path.expanduser("~/.bash_history")
c = collections.Counter(line.split()[0] for line in open(hist, errors="ignore") if line.strip())
for cmd, n in c.most_common(10):
    print(f"{n:5d} {cmd}")
