# label: benign family=cli hard=0
import gzip,shutil,sys;shutil.copyfileobj(gzip.open(sys.argv[1]),sys.stdout.buffer)
