# label: benign family=cli hard=1
"""Run a maintenance script from our repo with a fresh globals dict."""
import runpy
import sys

if len(sys.argv) < 2:
    sys.exit("usage: run.py SCRIPT [ARGS...]")
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
