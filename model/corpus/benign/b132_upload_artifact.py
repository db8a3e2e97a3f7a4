# label: benign family=network hard=1
"""Upload a build artifact to our internal Artifactory with an API token from env."""
import os
import sys
import requests

path = sys.argv[1]
url = f"https://artifactory.corp.example/artifactory/builds/{os.path.basename(path)}"
with open(path, "rb") as f:
    r = requests.put(url, data=f, headers={"X-JFrog-Art-Api": os.environ["ARTIFACTORY_TOKEN"]}, timeout=300)
r.raise_for_status()
print("uploaded", url)
