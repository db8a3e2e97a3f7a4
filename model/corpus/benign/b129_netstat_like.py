# label: benign family=ops hard=1
"""Count TCP sockets per state from /proc/net/tcp."""
import collections

STATES = {"01": "ESTABLISHED", "06": "TIME_WAIT", "0A": "LISTEN", "08": "CLOSE_WAIT"}
c = collections.Counter()
for path in ("/proc/net/tcp", "/proc/net/tcp6"):
    with open(path) as f:
        next(f)
        for line in f:
            c[STATES.get(line.split()[3], "OTHER")] += 1
for s, n in c.most_common():
    print(f"{s:12} {n}")
