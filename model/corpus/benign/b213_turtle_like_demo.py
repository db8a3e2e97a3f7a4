# label: benign family=lib hard=1
"""Expose an object's methods as module-level functions (turtle-style API)."""
import builtins


class Screen:
    def clear(self):
        print("clear")

    def goto(self, x, y):
        print("goto", x, y)


_screen = Screen()
__all__ = []
for _method in ("clear", "goto"):
    def _make(m):
        def f(*args):
            return getattr(_screen, m)(*args)
        f.__name__ = m
        return f
    globals()[_method] = _make(_method)
    __all__.append(_method)

if getattr(builtins, "__IPYTHON__", False):
    print("running inside IPython")
goto(10, 20)
