# label: benign family=data hard=0
import hashlib
import multiprocessing as mp
import os
import sys


def digest(path):
    with open(path, "rb") as f:
        return path, hashlib.blake2b(f.read()).hexdigest()[:16]


if __name__ == "__main__":
    files = [os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs]
    with mp.Pool() as pool:
        for p, h in pool.imap_unordered(digest, files, chunksize=16):
            print(h, p)
