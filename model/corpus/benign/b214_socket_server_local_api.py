# label: benign family=network hard=1
"""Local control socket for the daemon: accepts JSON commands on 127.0.0.1 only."""
import json
import socketserver

STATE = {"paused": False}


class Control(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            try:
                cmd = json.loads(line)
            except ValueError:
                self.wfile.write(b'{"error":"bad json"}\n')
                continue
            if cmd.get("op") == "pause":
                STATE["paused"] = True
            elif cmd.get("op") == "resume":
                STATE["paused"] = False
            self.wfile.write((json.dumps(STATE) + "\n").encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), Control) as srv:
        srv.serve_forever()
