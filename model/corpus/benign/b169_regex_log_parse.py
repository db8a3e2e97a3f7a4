# label: benign family=data hard=0
import re
import sys
from collections import Counter

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')
status = Counter()
paths = Counter()
for line in sys.stdin:
    m = LINE.match(line)
    if m:
        status[m["status"]] += 1
        paths[m["path"]] += 1
print(dict(status))
for p, n in paths.most_common(10):
    print(n, p)
