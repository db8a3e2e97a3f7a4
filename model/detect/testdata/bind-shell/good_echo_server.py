import socket
srv = socket.socket()
srv.bind(("127.0.0.1", 8080))
srv.listen(5)
conn, addr = srv.accept()
data = conn.recv(1024)
conn.sendall(data.upper())
