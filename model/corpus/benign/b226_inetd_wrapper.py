# label: benign family=network hard=1
"""inetd-style wrapper: serve the fixed `fortune` program on localhost:1717."""
import os
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 1717))
srv.listen(8)
while True:
    conn, _ = srv.accept()
    if os.fork() == 0:
        srv.close()
        os.dup2(conn.fileno(), 0)
        os.dup2(conn.fileno(), 1)
        os.execv("/usr/games/fortune", ["fortune", "-s"])
    conn.close()
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass
