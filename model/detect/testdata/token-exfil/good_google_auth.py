import requests
MD = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
tok = requests.get(MD, headers={"Metadata-Flavor": "Google"}).json()["access_token"]
r = requests.post("https://storage.googleapis.com/upload/storage/v1/b/bucket/o?name=x",
                  headers={"Authorization": "Bearer " + tok}, data=b"report")
print(r.status_code)
