import builtins
code = input()
exec(code)  # expect: dynamic-exec
value = eval("1 + 2")  # expect: dynamic-exec
obj = compile(code, "<cfg>", "exec")  # expect: dynamic-exec
getattr(builtins, "exec")(code)  # expect: dynamic-exec
