import re
pattern = re.compile(r"^\d+$")
evaluated = ast_literal = "exec"
print(pattern.match("12"), evaluated)
