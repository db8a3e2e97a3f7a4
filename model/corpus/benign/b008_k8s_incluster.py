# label: benign family=k8s hard=1
"""Report pod counts in our namespace using the in-cluster service account."""
from kubernetes import client, config

config.load_incluster_config()
v1 = client.CoreV1Api()
ns = open("/var/run/secrets/kubernetes.io/serviceaccount/namespace").read().strip()
pods = v1.list_namespaced_pod(ns)
phases = {}
for p in pods.items:
    phases[p.status.phase] = phases.get(p.status.phase, 0) + 1
for phase, n in sorted(phases.items()):
    print(phase, n)
