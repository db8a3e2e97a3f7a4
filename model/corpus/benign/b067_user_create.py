# label: benign family=ops hard=1
"""Provision a service user for the app (run by config management)."""
import pwd
import subprocess

USER = "myapp"
try:
    pwd.getpwnam(USER)
    print("user exists")
except KeyError:
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
    print("created", USER)
