# label: benign family=gauth hard=1
"""List buckets with application default credentials (metadata server on GCE)."""
import google.auth
import google.auth.transport.requests
import requests

credentials, project = google.auth.default(scopes=["https://www.googleapis.com/auth/devstorage.read_only"])
credentials.refresh(google.auth.transport.requests.Request())

resp = requests.get(
    "https://storage.googleapis.com/storage/v1/b",
    params={"project": project},
    headers={"Authorization": f"Bearer {credentials.token}"},
    timeout=30,
)
resp.raise_for_status()
for b in resp.json().get("items", []):
    print(b["name"])
