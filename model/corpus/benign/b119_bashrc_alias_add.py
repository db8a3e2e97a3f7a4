# label: benign family=ops hard=1
"""Add our team's aliases to ~/.bashrc once (dotfiles installer)."""
import os

rc = os.path.expanduser("~/.bashrc")
block = "\n# >>> team aliases >>>\nalias k=kubectl\nalias gs='git status'\n# <<< team aliases <<<\n"
text = open(rc).read() if os.path.exists(rc) else ""
if "team aliases" not in text:
    with open(rc, "a") as f:
        f.write(block)
    print("added aliases")
