# label: benign family=healthcheck hard=1
import socket
import sys

expected = {"api.corp.example": "10.0.1.10", "db.corp.example": "10.0.2.20"}
bad = 0
for name, ip in expected.items():
    try:
        got = socket.gethostbyname(name)
    except socket.gaierror:
        got = None
    ok = got == ip
    bad += not ok
    print(f"{'ok ' if ok else 'BAD'} {name} -> {got}")
sys.exit(bad)
