# label: benign family=network hard=0
import ipaddress
import socket
import sys

for name in sys.argv[1:]:
    try:
        addrs = {ai[4][0] for ai in socket.getaddrinfo(name, None)}
    except socket.gaierror as e:
        print(name, "error:", e)
        continue
    for a in sorted(addrs):
        ip = ipaddress.ip_address(a)
        print(f"{name:30} {a:40} private={ip.is_private}")
