# label: benign family=codegen hard=1
import sys


def make_struct(name, fields):
    fields = fields.replace(",", " ").split()
    args = ", ".join(fields)
    src = (
        f"class {name}(tuple):\n"
        f"    __slots__ = ()\n"
        f"    def __new__(cls, {args}):\n"
        f"        return tuple.__new__(cls, ({args},))\n"
    )
    for i, f in enumerate(fields):
        src += f"    {f} = property(lambda self: self[{i}])\n"
    ns = {"__name__": f"struct_{name}"}
    exec(src, ns)
    cls = ns[name]
    cls.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
    return cls


Pair = make_struct("Pair", "left right")
print(Pair(1, 2).right)
