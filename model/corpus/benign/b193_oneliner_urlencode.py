# label: benign family=cli hard=0
import sys,urllib.parse as p;print(p.quote(sys.argv[1]))
