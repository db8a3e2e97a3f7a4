# label: benign family=test hard=1
"""Test helper: count files opened by the code under test."""
import builtins
import contextlib

@contextlib.contextmanager
def count_opens():
    real_open = builtins.open
    opened = []
    def tracking_open(file, *a, **kw):
        opened.append(file)
        return real_open(file, *a, **kw)
    builtins.open = tracking_open
    try:
        yield opened
    finally:
        builtins.open = real_open

with count_opens() as files:
    open(__file__).close()
print(files)
