# label: malicious family=obfuscation techniques=T1027,T1033,T1059.004,T1059.006 lines=4-5,7
import types, marshal, base64
def f(): pass
co = compile("__import__('os').system('id')", "<x>", "exec")
f.__code__ = co
f()
g = types.FunctionType(marshal.loads(marshal.dumps(co)), {"__builtins__": __builtins__})
g()
