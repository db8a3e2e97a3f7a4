# label: benign family=cli hard=1
import base64
import sys
import zlib

mode = sys.argv[1]
data = sys.stdin.buffer.read()
if mode == "pack":
    sys.stdout.write(base64.b64encode(zlib.compress(data, 9)).decode())
elif mode == "unpack":
    sys.stdout.buffer.write(zlib.decompress(base64.b64decode(data)))
else:
    raise SystemExit("usage: pack|unpack")
