# label: benign family=network hard=1
import os
import paramiko

t = paramiko.Transport(("sftp.partner.example", 22))
t.connect(username="acme", pkey=paramiko.Ed25519Key.from_private_key_file(os.path.expanduser("~/.ssh/partner_ed25519")))
sftp = paramiko.SFTPClient.from_transport(t)
for name in sftp.listdir("outbox"):
    sftp.get(f"outbox/{name}", f"inbox/{name}")
    print("fetched", name)
t.close()
