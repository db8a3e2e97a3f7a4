import builtins
getattr(builtins, "ex" + "ec")("print('fixture')")  # expect: builtins-access
__builtins__.__dict__["ev" + "al"]("1")  # expect: builtins-access
vars(builtins)["compile"]("1", "f", "eval")  # expect: builtins-access
setattr(__builtins__, "print", None)  # expect: builtins-access
globals()["__builtins__"]  # a read alone is not a call
