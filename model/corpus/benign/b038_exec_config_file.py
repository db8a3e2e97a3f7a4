# label: benign family=config hard=1
"""Load settings from a Python config file the admin owns (like Sphinx conf.py)."""
import os

def load_config(path="settings.py"):
    ns = {"__file__": os.path.abspath(path)}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, ns)
    return {k: v for k, v in ns.items() if k.isupper()}

if __name__ == "__main__":
    print(load_config())
