alpha = 1

def f():
      beta = 2
gamma = 3
