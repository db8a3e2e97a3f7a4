name = chr(111) + chr(115) + chr(46) + chr(115)  # expect: char-building
sec = "".join(chr(ord(c) - 1) for c in "tfdsfu")  # expect: char-building
mod = "".join(map(chr, [115, 111, 99, 107, 101, 116]))  # expect: char-building
cmd = bytes([112, 114, 105, 110, 116, 40, 49, 41]).decode()  # expect: char-building
