# label: benign family=ops hard=1
import paramiko

hosts = ["db1.corp.example", "db2.corp.example"]
client = paramiko.SSHClient()
client.load_system_host_keys()
for h in hosts:
    client.connect(h, username="ops", key_filename="/home/ops/.ssh/id_ed25519_ops")
    _, out, _ = client.exec_command("uptime")
    print(h, out.read().decode().strip())
    client.close()
