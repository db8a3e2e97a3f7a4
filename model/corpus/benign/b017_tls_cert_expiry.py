# label: benign family=healthcheck hard=1
import datetime
import socket
import ssl

HOSTS = ["www.example.com", "api.example.com"]

ctx = ssl.create_default_context()
for host in HOSTS:
    with socket.create_connection((host, 443), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as s:
            cert = s.getpeercert()
    exp = datetime.datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z")
    days = (exp - datetime.datetime.utcnow()).days
    print(f"{host}: {days} days left")
