# label: benign family=logcleanup hard=1
import os
import shutil
import sys

ws = os.path.abspath(sys.argv[1])
if not ws.startswith("/home/ci/workspaces/"):
    sys.exit("refusing to delete outside the CI workspace root")
shutil.rmtree(ws)
print("deleted", ws)
