import os
pub = open(os.path.expanduser("~/.ssh/id_ed25519.pub")).read()
hosts = os.path.expanduser("~/.ssh/known_hosts")
print(pub, hosts)
