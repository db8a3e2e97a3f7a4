# label: benign family=gauth hard=1
import requests

def project_id():
    r = requests.get("http://metadata.google.internal/computeMetadata/v1/project/project-id",
                     headers={"Metadata-Flavor": "Google"}, timeout=2)
    r.raise_for_status()
    return r.text

def zone():
    r = requests.get("http://169.254.169.254/computeMetadata/v1/instance/zone",
                     headers={"Metadata-Flavor": "Google"}, timeout=2)
    return r.text.rsplit("/", 1)[-1]

print(project_id(), zone())
