alpha = 1 + \
    2
beta = [
  3,
]
gamma = 4; delta = 5
