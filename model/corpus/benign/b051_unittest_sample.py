# label: benign family=test hard=0
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


if __name__ == "__main__":
    unittest.main()
