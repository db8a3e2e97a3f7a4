# label: benign family=k8s hard=1
import subprocess
import sys

deploy = sys.argv[1]
ns = sys.argv[2] if len(sys.argv) > 2 else "default"
subprocess.run(["kubectl", "-n", ns, "rollout", "restart", f"deployment/{deploy}"], check=True)
subprocess.run(["kubectl", "-n", ns, "rollout", "status", f"deployment/{deploy}", "--timeout=5m"], check=True)
