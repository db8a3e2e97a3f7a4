# label: benign family=algo hard=1
people = [("ana", 31, "lisbon"), ("bo", 25, "oslo"), ("cy", 31, "austin")]
by_age_then_name = sorted(people, key=lambda p: (-p[1], p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(by_age_then_name, compose(inc, dbl)(5), list(map(lambda p: p[2].title(), people)))
