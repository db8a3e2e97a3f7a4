# label: benign family=ops hard=1
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


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default="/srv/myapp/current")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    for h in HOSTS:
        deploy(h, a.path, a.dry_run)
