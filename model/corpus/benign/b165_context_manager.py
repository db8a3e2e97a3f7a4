# label: benign family=lib hard=0
import contextlib
import os


@contextlib.contextmanager
def chdir(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


@contextlib.contextmanager
def atomic_write(path, mode="w"):
    tmp = path + ".part"
    with open(tmp, mode) as f:
        yield f
    os.replace(tmp, path)
