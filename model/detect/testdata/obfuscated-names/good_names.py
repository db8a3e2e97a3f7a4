OLD = 1
I0 = 2
value_1 = OLD + I0
print(value_1)
