# label: benign family=lib hard=1
"""Cache expensive results to a local pickle file we wrote ourselves."""
import os
import pickle

CACHE = os.path.expanduser("~/.cache/myapp/results.pkl")


def load_cache():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as f:
            return pickle.load(f)
    return {}


def save_cache(d):
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as f:
        pickle.dump(d, f)
