# label: benign family=healthcheck hard=1
"""Check which of our expected ports are listening on localhost."""
import socket

EXPECTED = [22, 80, 443, 5432, 6379]
for port in EXPECTED:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(0.5)
    result = s.connect_ex(("127.0.0.1", port))
    s.close()
    print(port, "open" if result == 0 else "closed")
