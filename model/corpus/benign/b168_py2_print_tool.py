# label: benign family=legacy hard=0
import sys, os

def walk(top):
    total = 0
    for root, dirs, files in os.walk(top):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError, e:
                print >>sys.stderr, "skip", f, e
    return total

print "%d bytes" % walk(sys.argv[1] if len(sys.argv) > 1 else ".")
