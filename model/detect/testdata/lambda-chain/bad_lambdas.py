f = (lambda a: (lambda b: (lambda c: print(a, b, c))))(1)(2)(3)  # expect: lambda-chain
g = (lambda x: x + 1)((lambda y: y * 2)(3))  # expect: lambda-chain
