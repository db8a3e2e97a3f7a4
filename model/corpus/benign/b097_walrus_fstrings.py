# label: benign family=algo hard=0
import re

data = ["a=1", "b=22", "junk", "c=333"]
pat = re.compile(r"(\w+)=(\d+)")
pairs = {m[1]: int(m[2]) for s in data if (m := pat.fullmatch(s))}
print(f"{len(pairs)} pairs: {', '.join(f'{k}={v:>4}' for k, v in pairs.items())}")
width = 10
print(f"{'total':<{width}}{sum(pairs.values()):>{width}}")
