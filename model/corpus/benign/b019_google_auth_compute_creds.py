# label: benign family=gauth hard=1
from google.auth import compute_engine
from google.auth.transport.requests import AuthorizedSession

creds = compute_engine.Credentials()
session = AuthorizedSession(creds)
r = session.get("https://cloudresourcemanager.googleapis.com/v1/projects")
for p in r.json().get("projects", []):
    print(p["projectId"], p["lifecycleState"])
