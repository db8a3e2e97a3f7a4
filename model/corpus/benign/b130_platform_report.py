# label: benign family=ops hard=1
import getpass
import platform
import socket
import sys

print("user     :", getpass.getuser())
print("host     :", socket.gethostname())
print("platform :", platform.platform())
print("python   :", sys.version.split()[0])
print("machine  :", platform.machine())
