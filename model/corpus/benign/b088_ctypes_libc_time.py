# label: benign family=lib hard=1
"""Call clock_gettime via ctypes to read CLOCK_MONOTONIC_RAW."""
import ctypes
import ctypes.util

class timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
CLOCK_MONOTONIC_RAW = 4
t = timespec()
if libc.clock_gettime(CLOCK_MONOTONIC_RAW, ctypes.byref(t)) != 0:
    raise OSError(ctypes.get_errno(), "clock_gettime")
print(t.tv_sec + t.tv_nsec * 1e-9)
