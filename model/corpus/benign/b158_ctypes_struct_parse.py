# label: benign family=lib hard=1
import ctypes

class Header(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [("magic", ctypes.c_char * 4), ("version", ctypes.c_uint16), ("count", ctypes.c_uint32)]

data = open("archive.bin", "rb").read(ctypes.sizeof(Header))
h = Header.from_buffer_copy(data)
print(h.magic, h.version, h.count)
