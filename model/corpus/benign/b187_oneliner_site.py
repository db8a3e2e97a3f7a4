# label: benign family=ops hard=0
import site;print(site.getsitepackages())
