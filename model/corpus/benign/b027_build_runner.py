# label: benign family=ops hard=1
import os
import subprocess
import sys

def sh(cmd, **kw):
    print("+", cmd)
    return subprocess.run(cmd, shell=True, check=True, **kw)

os.chdir(os.path.dirname(os.path.abspath(__file__)))
sh("make clean")
sh("make -j%d" % os.cpu_count())
if "--install" in sys.argv:
    sh("sudo make install")
