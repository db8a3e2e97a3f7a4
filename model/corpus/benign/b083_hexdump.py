# label: benign family=cli hard=0
import sys

def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexs = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexs:<{width * 3}} {text}")

hexdump(open(sys.argv[1], "rb").read())
