# label: benign family=config hard=1
"""Twelve-factor settings: read config from the environment with defaults."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    debug: bool
    allowed_hosts: tuple


def load():
    return Settings(
        database_url=os.environ.get("DATABASE_URL", "sqlite:///local.db"),
        secret_key=os.environ["SECRET_KEY"],
        debug=os.environ.get("DEBUG", "0") == "1",
        allowed_hosts=tuple(h for h in os.environ.get("ALLOWED_HOSTS", "localhost").split(",") if h),
    )
