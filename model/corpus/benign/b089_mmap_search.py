# label: benign family=cli hard=0
import mmap
import sys

needle = sys.argv[1].encode()
with open(sys.argv[2], "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
    pos = m.find(needle)
    while pos != -1:
        print(pos)
        pos = m.find(needle, pos + 1)
