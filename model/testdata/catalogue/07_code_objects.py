# must: code-object, decode-exec
import types, base64
c = compile(base64.b64decode("cHJpbnQoJ2ZpeHR1cmUgb25seScp"), "<x>", "exec")
f = types.FunctionType(c, {})
def g():
    pass
g.__code__ = c
h = g.__code__.replace(co_code=b"")
f()
