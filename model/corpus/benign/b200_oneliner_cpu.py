# label: benign family=ops hard=0
import os;print(os.cpu_count(),os.getloadavg())
