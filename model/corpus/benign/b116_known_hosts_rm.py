# label: benign family=ops hard=1
import subprocess
import sys

for host in sys.argv[1:]:
    subprocess.run(["ssh-keygen", "-R", host], check=False)
