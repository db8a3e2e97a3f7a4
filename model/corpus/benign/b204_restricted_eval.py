# label: benign family=config hard=1
"""Evaluate alert rules like "cpu > 90 and mem > 80" with no builtins available."""
import math

ALLOWED = {"abs": abs, "min": min, "max": max, "round": round, "sqrt": math.sqrt}


def check(rule, metrics):
    code = compile(rule, "<rule>", "eval")
    for name in code.co_names:
        if name not in metrics and name not in ALLOWED:
            raise ValueError(f"unknown name in rule: {name}")
    return bool(eval(code, {"__builtins__": {}}, {**ALLOWED, **metrics}))


print(check("cpu > 90 and max(mem, swap) > 80", {"cpu": 95, "mem": 70, "swap": 85}))
