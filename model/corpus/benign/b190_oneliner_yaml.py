# label: benign family=cli hard=0
import sys,yaml,json;json.dump(yaml.safe_load(sys.stdin),sys.stdout,indent=2)
