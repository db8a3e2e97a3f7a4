# label: benign family=lib hard=1
"""Report which functions of a module take **kwargs (code-object introspection)."""
import importlib
import inspect
import sys

mod = importlib.import_module(sys.argv[1] if len(sys.argv) > 1 else "json")
for name, fn in inspect.getmembers(mod, inspect.isfunction):
    co = fn.__code__
    if co.co_flags & inspect.CO_VARKEYWORDS:
        print(f"{name}({', '.join(co.co_varnames[:co.co_argcount])}, **kw)  line {co.co_firstlineno}")
renamed = fn.__code__.replace(co_name="renamed_for_tracebacks") if mod.__dict__ else None
