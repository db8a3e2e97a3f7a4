# label: benign family=codegen hard=1
"""Generate fast __init__ methods for record classes, like dataclasses does."""
import builtins


def _make_init(fields):
    args = ", ".join(fields)
    body = "\n".join(f"    self.{f} = {f}" for f in fields) or "    pass"
    src = f"def __init__(self, {args}):\n{body}\n"
    ns = {}
    exec(src, {"__builtins__": builtins}, ns)
    return ns["__init__"]


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
