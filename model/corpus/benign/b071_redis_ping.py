# label: benign family=healthcheck hard=1
import socket

def redis_ping(host="127.0.0.1", port=6379):
    with socket.create_connection((host, port), timeout=1) as s:
        s.sendall(b"*1\r\n$4\r\nPING\r\n")
        return s.recv(64) == b"+PONG\r\n"

print("redis ok" if redis_ping() else "redis not ok")
