# fake-analyzer marker: EVIL
x = 1
y = 2
