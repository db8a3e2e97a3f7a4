def f(a, b):
    return a + b
print(f.__code__.co_argcount, f.__name__)
s = "a-b".replace("-", "+")
