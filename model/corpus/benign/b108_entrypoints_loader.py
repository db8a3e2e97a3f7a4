# label: benign family=cli hard=1
from importlib.metadata import entry_points

for ep in entry_points(group="myapp.exporters"):
    exporter = ep.load()
    print(ep.name, exporter.__doc__.splitlines()[0] if exporter.__doc__ else "")
