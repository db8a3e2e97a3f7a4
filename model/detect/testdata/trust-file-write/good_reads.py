"""Backup and inventory helpers that only read the files attackers write."""
import os, shutil, stat, subprocess, tarfile
from pathlib import Path

def list_keys(home):
    path = os.path.join(home, ".ssh", "authorized_keys")
    with open(path) as f:
        return [line.split()[1][:16] for line in f if line.strip() and not line.startswith("#")]

def backup(dest):
    shutil.copy(os.path.expanduser("~/.ssh/authorized_keys"), os.path.join(dest, "authorized_keys.bak"))
    shutil.copy2("/etc/hosts", dest)
    with tarfile.open(os.path.join(dest, "etc.tar.gz"), "w:gz") as t:
        t.add("/etc/sudoers.d")

def parse_hosts(path="/etc/hosts"):
    out = {}
    for line in Path(path).read_text().splitlines():
        parts = line.split("#")[0].split()
        for name in parts[1:]:
            out[name] = parts[0]
    return out

def audit():
    subprocess.run(["cat", "/etc/ld.so.preload"], check=False)
    os.system("grep -v '^#' /etc/sudoers > /tmp/sudoers.audit")
    subprocess.run("cat /etc/rc.local | head -5", shell=True)
    os.chmod("/tmp/report.txt", 0o644)
    os.chmod("/usr/local/bin/tool", stat.S_IRWXU | stat.S_IRGRP)
    open("/etc/hosts.allow").read()
    with open("/etc/hostname") as f:
        return f.read().strip()

def raw_reads():
    fd = os.open("/etc/ld.so.preload", os.O_RDONLY)
    os.close(fd)
    with Path("/etc/hosts").open() as f, Path("/etc/sudoers").open("r") as g:
        f.read(), g.read()
    subprocess.run("tee /tmp/hosts.copy < /etc/hosts", shell=True)
    subprocess.run(["sed", "-n", "1,5p", "/etc/rc.local"])
    subprocess.run(["cp", "/etc/ld.so.preload", "/var/backups/preload"])
    os.system("chmod 0755 /usr/local/bin/tool")
