# label: benign family=legacy hard=0
# -*- coding: utf-8 -*-
import os, sys
import urllib2

def main():
    if len(sys.argv) < 2:
        print "usage: %s URL" % sys.argv[0]
        sys.exit(1)
    resp = urllib2.urlopen(sys.argv[1])
    print resp.getcode(), len(resp.read())

if __name__ == '__main__':
    main()
