import base64 as b
import zlib
payload = "cHJpbnQoJ2ZpeHR1cmUgb25seScp"
code = b.b64decode(payload)  # expect: decode-exec
exec(code)  # expect: decode-exec
exec(zlib.decompress(b.b64decode("eJwrKMrMK9FQT8usKCktSlXIz8upVNcEAFikB7Y=")))  # expect: decode-exec
