import os, subprocess
with open("/dev/shm/.cache", "wb") as f:  # expect: staging-path
    f.write(b"fixture")
os.chmod("/tmp/.x/run", 0o755)  # expect: staging-path
subprocess.Popen(["/var/tmp/.updater"])  # expect: staging-path
os.system("nohup ./svc >/dev/null 2>&1 &")  # expect: staging-path
