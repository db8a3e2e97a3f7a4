# label: benign family=config hard=1
import ast
import sys

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    value = ast.literal_eval(line)
    print(type(value).__name__, value)
