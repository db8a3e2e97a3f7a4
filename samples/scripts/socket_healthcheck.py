#!/usr/bin/env python3
"""Liveness check for the checkout API sidecar: TCP connect plus HTTP /healthz."""
import socket
import sys

HOST = "127.0.0.1"
PORT = 8080


def tcp_ok(host, port, timeout=2.0):
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
            head = s.recv(64)
            return head.startswith(b"HTTP/1.") and b" 200 " in head
    except OSError as e:
        print("healthcheck: %s:%d: %s" % (host, port, e), file=sys.stderr)
        return False


if __name__ == "__main__":
    sys.exit(0 if tcp_ok(HOST, PORT) else 1)
