TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token"  # expect: k8s-credentials
with open(TOKEN) as f:
    token = f.read()
kube = open("/root/.kube/config").read()  # expect: k8s-credentials
