# label: malicious family=packer techniques=T1027,T1027.002,T1059.006,T1140 lines=3-4
# Pyarmor 9.0.0 (pro), 000000, non-profits, 2025-01-01T00:00:00.000000
from pyarmor_runtime_000000 import __pyarmor__
__pyarmor__(__name__, __file__, b'PY000000\x00\x03\x0b\x00\xa7\r\r\n\x80\x00\x01\x00\x08\x00\x00\x00\x04\x00\x00\x00@\x00\x00\x00' + bytes(64))
