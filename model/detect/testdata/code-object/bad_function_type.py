import types
c = compile("print('fixture')", "<x>", "exec")
f = types.FunctionType(c, {})  # expect: code-object
def g():
    pass
g.__code__ = c  # expect: code-object
h = g.__code__.replace(co_code=b"")  # expect: code-object
