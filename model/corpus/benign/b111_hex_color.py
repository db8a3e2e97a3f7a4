# label: benign family=algo hard=1
def hex_to_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))

def rgb_to_hex(r, g, b):
    return "#{:02x}{:02x}{:02x}".format(r, g, b)

print(hex_to_rgb("#1e90ff"), rgb_to_hex(30, 144, 255))
print(bytes.fromhex("48656c6c6f").decode())
