import socket
import subprocess
s = socket.create_connection(("db.internal.example", 5432), timeout=3)
s.sendall(b"PING")
ok = s.recv(4) == b"PONG"
subprocess.run(["logger", "db health ok" if ok else "db down"], check=False)
