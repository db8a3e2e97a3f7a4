# label: benign family=test hard=1
"""Test that prompt() retries on bad input by patching builtins.input."""
import builtins
import unittest
from unittest import mock


def prompt():
    while True:
        v = input("number: ")
        if v.isdigit():
            return int(v)


class PromptTest(unittest.TestCase):
    def test_retry(self):
        with mock.patch.object(builtins, "input", side_effect=["x", "", "42"]):
            self.assertEqual(prompt(), 42)


if __name__ == "__main__":
    unittest.main()
