# label: benign family=ops hard=1
"""List service accounts and their key ages for the audit report."""
import datetime
import json
import subprocess

def gcloud(*args):
    return json.loads(subprocess.check_output(["gcloud", *args, "--format=json"]))

for sa in gcloud("iam", "service-accounts", "list"):
    for k in gcloud("iam", "service-accounts", "keys", "list", "--iam-account", sa["email"], "--managed-by=user"):
        created = datetime.datetime.fromisoformat(k["validAfterTime"].replace("Z", "+00:00"))
        age = (datetime.datetime.now(datetime.timezone.utc) - created).days
        print(f"{sa['email']:50} {k['name'].rsplit('/', 1)[-1][:8]} {age:4d}d")
