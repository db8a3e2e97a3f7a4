import requests
r = requests.get("http://metadata.google.internal/computeMetadata/v1/project/project-id",
                 headers={"Metadata-Flavor": "Google"}, timeout=2)
print(r.text)
