# label: benign family=ops hard=1
import os;print("\n".join(os.environ["PATH"].split(":")))
