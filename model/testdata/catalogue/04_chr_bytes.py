# must: char-building, decode-exec
cmd = chr(95) + chr(95) + chr(105) + chr(109)
exec(bytes([105, 109, 112, 111, 114, 116, 32, 111, 115, 59, 111, 115, 46, 115, 121, 115, 116, 101, 109, 40, 39, 105, 100, 39, 41]).decode())
