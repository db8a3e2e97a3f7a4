#!/usr/bin/env python3
"""Download the pinned model weights before the server starts.

The manifest pins each file to a sha256; a mismatch aborts the start so a
half-written or tampered file is never served.
"""
import hashlib
import os
import sys
import tempfile
import urllib.request

BASE = "https://storage.googleapis.com/acme-ml-staging-models/sentiment/v7/"
MANIFEST = {
    "model.safetensors": "3f1c5be0b1a7c2d4e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5",
    "tokenizer.json": "9a8b7c6d5e4f30211f2e3d4c5b6a79880716253a4b5c6d7e8f9a0b1c2d3e4f50",
}
DEST = os.environ.get("MODEL_DIR", "/models/sentiment")


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(name, want):
    final = os.path.join(DEST, name)
    if os.path.exists(final) and sha256_of(final) == want:
        print("cached", name)
        return
    fd, tmp = tempfile.mkstemp(dir=DEST, prefix="." + name)
    with os.fdopen(fd, "wb") as out, urllib.request.urlopen(BASE + name, timeout=120) as resp:
        while True:
            chunk = resp.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
    got = sha256_of(tmp)
    if got != want:
        os.remove(tmp)
        sys.exit("checksum mismatch for %s: got %s want %s" % (name, got, want))
    os.replace(tmp, final)
    print("fetched", name)


os.makedirs(DEST, exist_ok=True)
for name, digest in MANIFEST.items():
    fetch(name, digest)
