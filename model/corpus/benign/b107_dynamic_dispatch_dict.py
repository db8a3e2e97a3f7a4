# label: benign family=cli hard=1
import operator
import sys

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
stack = []
for tok in " ".join(sys.argv[1:]).split():
    if tok in OPS:
        b, a = stack.pop(), stack.pop()
        stack.append(OPS[tok](a, b))
    else:
        stack.append(float(tok))
print(stack[-1] if stack else 0)
