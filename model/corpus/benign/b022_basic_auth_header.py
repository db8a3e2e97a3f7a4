# label: benign family=b64config hard=1
import base64
import os
import requests

user = os.environ["JIRA_USER"]
token = os.environ["JIRA_TOKEN"]
auth = base64.b64encode(f"{user}:{token}".encode()).decode()
r = requests.get("https://acme.atlassian.net/rest/api/2/myself", headers={"Authorization": "Basic " + auth})
print(r.json()["displayName"])
