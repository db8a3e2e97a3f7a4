# label: malicious family=packer techniques=T1027,T1027.002,T1059.006,T1140 lines=3-5
# Pyarmor 8.5.2 (trial), 000000, 2024-01-01T00:00:00.000000
from pytransform import pyarmor_runtime
pyarmor_runtime()
__pyarmor__(__name__, __file__, b'\x50\x59\x41\x52\x4d\x4f\x52\x00\x00\x03\x0b\x00\x55\x0d\x0d\x0a\x04\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x40\x00\x00\x00' + b'pytriage-corpus-not-real-pyarmor', 2)
