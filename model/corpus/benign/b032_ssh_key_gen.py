# label: benign family=ops hard=1
"""Create a deploy key for CI if it does not exist yet."""
import os
import subprocess

key = os.path.expanduser("~/.ssh/id_ed25519_deploy")
if not os.path.exists(key):
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "", "-C", "ci-deploy", "-f", key], check=True)
print(open(key + ".pub").read())
