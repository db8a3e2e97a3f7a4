import requests
URL = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"  # expect: metadata-token
tok = requests.get(URL, headers={"Metadata-Flavor": "Google"}).json()["access_token"]
creds = requests.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/")  # expect: metadata-token
