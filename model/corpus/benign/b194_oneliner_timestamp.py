# label: benign family=cli hard=0
import datetime;print(datetime.datetime.now(datetime.timezone.utc).isoformat())
