# label: benign family=test hard=1
import os
import subprocess

import pytest


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    d = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(["redis-server", "--port", "6390", "--dir", str(d)], stdout=subprocess.DEVNULL)
    yield "redis://127.0.0.1:6390"
    proc.terminate()
    proc.wait(timeout=5)


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("APP_ENV", "test")
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
