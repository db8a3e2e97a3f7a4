import json, pickle
state = json.loads('{"a": 1}')
with open("cache.pkl", "rb") as f:
    cache = pickle.load(f)
