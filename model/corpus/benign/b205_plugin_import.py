# label: benign family=cli hard=1
import os
import sys

PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")
sys.path.insert(0, PLUGIN_DIR)

plugins = {}
for fn in sorted(os.listdir(PLUGIN_DIR)):
    if fn.endswith(".py") and not fn.startswith("_"):
        name = fn[:-3]
        mod = __import__(name)
        plugins[name] = getattr(mod, "run", None)

for name, run in plugins.items():
    if callable(run):
        print(name, "->", run())
