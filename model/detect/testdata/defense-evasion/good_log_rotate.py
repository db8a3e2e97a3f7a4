import os, glob, subprocess
for old in glob.glob("/var/log/myapp/*.gz"):
    os.remove(old)
subprocess.run(["systemctl", "restart", "myapp"])
subprocess.run(["pkill", "-HUP", "myapp-worker"])
import time
os.utime("marker.txt", (time.time(), time.time()))
