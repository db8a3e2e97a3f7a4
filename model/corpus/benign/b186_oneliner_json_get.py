# label: benign family=cli hard=0
import json,sys;print(json.load(sys.stdin)["items"][0]["metadata"]["name"])
