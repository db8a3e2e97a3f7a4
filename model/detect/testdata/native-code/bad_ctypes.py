import ctypes
libc = ctypes.CDLL("libc.so.6")  # expect: native-code
buf = ctypes.create_string_buffer(16)  # expect: native-code
