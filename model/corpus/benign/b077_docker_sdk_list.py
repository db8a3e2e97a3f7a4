# label: benign family=ops hard=1
import docker

client = docker.from_env()
for c in client.containers.list(all=True):
    print(f"{c.short_id} {c.status:10} {c.name}")
