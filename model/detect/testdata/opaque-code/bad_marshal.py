import marshal, zlib, base64
blob = "eJwrKMrMK9FQT8usKCktSlXIz8upVNcEAFikB7Y="
code = marshal.loads(zlib.decompress(base64.b64decode(blob)))  # expect: opaque-code
import pickle
obj = pickle.loads(b"\x80\x04K\x01.")  # expect: opaque-code
