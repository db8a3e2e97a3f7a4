# label: benign family=cli hard=0
import json, sys; print(json.dumps(json.load(sys.stdin), indent=2, sort_keys=True))
