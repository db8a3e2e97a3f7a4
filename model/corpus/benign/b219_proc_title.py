# label: benign family=lib hard=1
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


if __name__ == "__main__":
    with mp.Pool(4) as p:
        print(p.map(worker, range(8)))
