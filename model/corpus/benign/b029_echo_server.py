# label: benign family=network hard=1
"""Minimal TCP echo server for integration tests (binds localhost only)."""
import socketserver


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(4096)
            if not data:
                return
            self.request.sendall(data)


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9009), Echo) as srv:
        srv.serve_forever()
