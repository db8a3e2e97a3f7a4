# label: benign family=cli hard=1
"""Safe calculator: evaluates arithmetic via the ast module, no names allowed."""
import ast
import operator as op

OPS = {ast.Add: op.add, ast.Sub: op.sub, ast.Mult: op.mul, ast.Div: op.truediv, ast.Pow: op.pow, ast.USub: op.neg}


def ev(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](ev(node.left), ev(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](ev(node.operand))
    raise ValueError("unsupported expression")


while True:
    try:
        line = input("> ")
    except EOFError:
        break
    try:
        print(ev(ast.parse(line, mode="eval").body))
    except (ValueError, SyntaxError, ZeroDivisionError) as e:
        print("error:", e)
