# label: benign family=ops hard=1
import os, subprocess
env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
subprocess.run(["sudo", "apt-get", "update", "-qq"], check=True, env=env)
subprocess.run(["sudo", "apt-get", "install", "-y", "-qq", "jq", "curl", "unzip"], check=True, env=env)
