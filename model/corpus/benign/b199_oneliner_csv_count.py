# label: benign family=cli hard=0
import csv,sys;print(sum(1 for _ in csv.reader(open(sys.argv[1])))-1)
