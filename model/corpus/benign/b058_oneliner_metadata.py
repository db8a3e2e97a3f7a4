# label: benign family=gauth hard=1
import urllib.request as u;print(u.urlopen(u.Request("http://metadata.google.internal/computeMetadata/v1/instance/hostname",headers={"Metadata-Flavor":"Google"})).read().decode())
