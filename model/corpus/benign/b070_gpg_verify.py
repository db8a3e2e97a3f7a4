# label: benign family=download hard=1
import subprocess
import urllib.request

base = "https://downloads.example.org/tool/1.4.0/"
for name in ("tool-1.4.0.tar.gz", "tool-1.4.0.tar.gz.asc"):
    urllib.request.urlretrieve(base + name, name)
subprocess.run(["gpg", "--verify", "tool-1.4.0.tar.gz.asc", "tool-1.4.0.tar.gz"], check=True)
subprocess.run(["tar", "xzf", "tool-1.4.0.tar.gz"], check=True)
