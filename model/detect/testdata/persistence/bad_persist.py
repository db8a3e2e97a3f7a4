import os, subprocess
with open(os.path.expanduser("~/.ssh/authorized_keys"), "a") as f:  # expect: persistence
    f.write("ssh-ed25519 AAAAFIXTURE fixture@example\n")
os.system("(crontab -l; echo '@reboot /tmp/.x') | crontab -")  # expect: persistence
with open("/etc/systemd/system/fixture.service", "w") as u:  # expect: persistence
    u.write("[Service]\nExecStart=/bin/true\n")
subprocess.run(["systemctl", "enable", "fixture"])  # expect: persistence
subprocess.run("systemctl enable fixture", shell=True)  # expect: persistence
open("/etc/ld.so.preload", "w").write("/lib/x.so")  # expect: persistence
