OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
}
rows = sorted([(1, "b"), (0, "a")], key=lambda r: r[0])
print(OPS["add"](1, 2), rows)
