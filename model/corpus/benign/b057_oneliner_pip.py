# label: benign family=ops hard=1
import subprocess,sys;subprocess.check_call([sys.executable,"-m","pip","install","--upgrade","pip","setuptools","wheel"])
