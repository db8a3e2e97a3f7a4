# label: malicious family=fileless techniques=T1620 lines=5-9
import ctypes, mmap
# placeholder bytes: NOPs followed by RET, no real shellcode
sc = b"\x90" * 16 + b"\xc3"
buf = mmap.mmap(-1, len(sc), prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
buf.write(sc)
addr = ctypes.addressof(ctypes.c_char.from_buffer(buf))
fn = ctypes.CFUNCTYPE(ctypes.c_void_p)(addr)
fn()
