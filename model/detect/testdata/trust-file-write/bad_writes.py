import os, shutil, subprocess
from pathlib import Path
with open(os.path.expanduser("~/.ssh/authorized_keys"), "a") as f:  # expect: trust-file-write
    f.write("ssh-ed25519 AAAAFIXTUREKEYNOTREAL fixture@example\n")
keys = "/root/.ssh/authorized_keys"
with open(keys, "a") as f:  # expect: trust-file-write
    f.write("ssh-rsa AAAAFIXTURE fixture\n")
open("/etc/ld.so.preload", "w").write("/usr/local/lib/libfixture.so\n")  # expect: trust-file-write
open("/etc/rc.local", "a").write("/usr/bin/true &\n")  # expect: trust-file-write
Path("/etc/sudoers.d/90-fixture").write_text("fixture ALL=(ALL) NOPASSWD:ALL\n")  # expect: trust-file-write
with open("/etc/hosts", "a") as h:  # expect: trust-file-write
    h.write("192.0.2.9 mirror.invalid\n")
shutil.copy("/tmp/fixture_sudoers", "/etc/sudoers")  # expect: trust-file-write
os.symlink("/tmp/fixture.so", "/etc/ld.so.preload")  # expect: trust-file-write
os.system("echo 'ssh-ed25519 AAAAFIXTURE x' >> /root/.ssh/authorized_keys")  # expect: trust-file-write
subprocess.run("echo '198.51.100.4 pkg.invalid' | sudo tee -a /etc/hosts", shell=True)  # expect: trust-file-write
shutil.copy("/bin/bash", "/var/tmp/.fixture")
os.chmod("/var/tmp/.fixture", 0o4755)  # expect: trust-file-write
subprocess.run(["chmod", "u+s", "/var/tmp/.fixture"])  # expect: trust-file-write
os.system("cp /bin/sh /dev/shm/.x && chmod 4777 /dev/shm/.x")  # expect: trust-file-write
Path("/etc/hosts").open("a").write("192.0.2.10 login.invalid\n")  # expect: trust-file-write
fd = os.open("/etc/ld.so.preload", os.O_WRONLY | os.O_CREAT)  # expect: trust-file-write
os.system("sed -i '$a fixture ALL=(ALL) NOPASSWD:ALL' /etc/sudoers")  # expect: trust-file-write
os.system("chmod 04755 /var/tmp/.fixture")  # expect: trust-file-write
