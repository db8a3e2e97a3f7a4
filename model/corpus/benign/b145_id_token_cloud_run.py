# label: benign family=gauth hard=1
"""Call a private Cloud Run service with an ID token minted by the metadata server."""
import urllib.request

AUDIENCE = "https://orders-abc123-uc.a.run.app"
req = urllib.request.Request(
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity?audience=" + AUDIENCE,
    headers={"Metadata-Flavor": "Google"},
)
id_token = urllib.request.urlopen(req, timeout=3).read().decode()
call = urllib.request.Request(AUDIENCE + "/healthz", headers={"Authorization": "Bearer " + id_token})
print(urllib.request.urlopen(call, timeout=10).status)
