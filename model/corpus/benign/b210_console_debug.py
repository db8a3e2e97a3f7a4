# label: benign family=cli hard=1
"""Drop into an interactive console with the app objects preloaded (ops debugging)."""
import builtins
import code
import rlcompleter  # noqa: F401  (enables tab completion)
import readline

from myapp import db, models

readline.parse_and_bind("tab: complete")
ns = {"db": db, "models": models, "__builtins__": builtins}
code.InteractiveConsole(ns).interact(banner="myapp shell -- db, models loaded")
