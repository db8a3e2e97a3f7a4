# label: benign family=healthcheck hard=1
import urllib.request,sys;sys.exit(0 if urllib.request.urlopen("http://127.0.0.1:8080/healthz",timeout=2).status==200 else 1)
