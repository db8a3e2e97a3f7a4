import struct
print(struct.pack("<I", 7))
