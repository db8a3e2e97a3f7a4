import os, socket
srv = socket.socket()
srv.bind(("127.0.0.1", 1717))
srv.listen(8)
conn, _ = srv.accept()
os.dup2(conn.fileno(), 0)
os.dup2(conn.fileno(), 1)
os.execv("/usr/games/fortune", ["fortune", "-s"])
