# label: benign family=gauth hard=1
import requests;print(requests.get("http://metadata.google.internal/computeMetadata/v1/instance/zone",headers={"Metadata-Flavor":"Google"}).text.split("/")[-1])
