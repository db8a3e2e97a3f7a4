# label: benign family=ops hard=0
import importlib.metadata as m;print(sorted(d.metadata["Name"] for d in m.distributions()))
