import importlib, sys
json = __import__("json")
for name in sys.argv[1:]:
    plugin = importlib.import_module("plugins." + name)
