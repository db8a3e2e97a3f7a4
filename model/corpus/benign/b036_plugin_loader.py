# label: benign family=cli hard=1
"""Load plugins named in the config with importlib."""
import importlib
import json

with open("plugins.json") as f:
    names = json.load(f)["plugins"]

plugins = []
for name in names:
    mod = importlib.import_module(f"myapp.plugins.{name}")
    plugins.append(getattr(mod, "Plugin")())

for p in plugins:
    p.register()
