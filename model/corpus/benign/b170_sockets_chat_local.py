# label: benign family=network hard=1
"""Two-process chat demo over a Unix socket in the current directory."""
import os
import socket
import sys

PATH = "./chat.sock"
if sys.argv[1:] == ["serve"]:
    if os.path.exists(PATH):
        os.remove(PATH)
    s = socket.socket(socket.AF_UNIX)
    s.bind(PATH)
    s.listen(1)
    conn, _ = s.accept()
    while data := conn.recv(1024):
        print("peer:", data.decode())
else:
    c = socket.socket(socket.AF_UNIX)
    c.connect(PATH)
    for line in sys.stdin:
        c.sendall(line.encode())
