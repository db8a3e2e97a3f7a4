# label: benign family=cli hard=1
"""Run a snippet typed by the user in our local notebook kernel (trusted input)."""
import code
import sys

console = code.InteractiveConsole(locals={"__name__": "__console__"})
banner = f"Python {sys.version.split()[0]} scratch console"
console.interact(banner=banner, exitmsg="bye")
