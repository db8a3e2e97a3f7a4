import os, glob
for p in glob.glob("/tmp/myapp-*.lock"):
    os.remove(p)
for root, dirs, files in os.walk("build"):
    for f in files:
        os.remove(os.path.join(root, f))
with open("seed.bin", "wb") as fh:
    fh.write(os.urandom(16))
