# label: benign family=algo hard=0
from itertools import islice


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def chunked(it, size):
    it = iter(it)
    while chunk := list(islice(it, size)):
        yield chunk


print(list(islice(primes(), 15)))
print(list(chunked(range(10), 3)))
