# label: benign family=healthcheck hard=1
import socket
import sys
import time

SERVICES = {"postgres": ("db.internal", 5432), "redis": ("cache.internal", 6379), "api": ("127.0.0.1", 8080)}


def check(host, port, timeout=2.0):
    start = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True, time.monotonic() - start
    except OSError:
        return False, None


failed = 0
for name, (h, p) in SERVICES.items():
    ok, dt = check(h, p)
    print(f"{name:10} {'up' if ok else 'DOWN':5} {dt * 1000:.1f} ms" if ok else f"{name:10} DOWN")
    failed += not ok
sys.exit(1 if failed else 0)
