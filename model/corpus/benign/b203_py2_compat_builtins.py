# label: benign family=lib hard=1
"""Python 2/3 compatibility shims."""
try:
    import __builtin__ as builtins  # Python 2
except ImportError:
    import builtins  # Python 3

string_types = (getattr(builtins, "basestring", str),)
text_type = getattr(builtins, "unicode", str)
input_ = getattr(builtins, "raw_input", builtins.input)

def is_string(x):
    return isinstance(x, string_types)
