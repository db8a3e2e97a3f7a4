# label: benign family=cli hard=0
import re
import sys

for line in open(sys.argv[1]):
    m = re.match(r"^(#{1,6})\s+(.*)", line)
    if m:
        level, title = len(m.group(1)), m.group(2).strip()
        anchor = re.sub(r"[^\w\- ]", "", title).lower().replace(" ", "-")
        print("  " * (level - 1) + f"- [{title}](#{anchor})")
