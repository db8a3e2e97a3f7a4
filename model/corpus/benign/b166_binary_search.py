# label: benign family=algo hard=0
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

assert bisect_left([1, 3, 3, 5], 3) == 1
assert bisect_left([], 1) == 0
print("ok")
