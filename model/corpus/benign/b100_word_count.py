# label: benign family=cli hard=0
import collections
import re
import sys

words = collections.Counter()
for line in sys.stdin:
    words.update(w.lower() for w in re.findall(r"[A-Za-z']+", line))
for w, n in words.most_common(25):
    print(f"{n:6d} {w}")
