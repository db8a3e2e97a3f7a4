"""Geometry helpers with a little of everything the tokenizer must know."""
import math
from functools import cached_property, reduce
from typing import NamedTuple, Protocol


class Point(NamedTuple):
    x: float
    y: float

    def __add__(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)

    def __matmul__(self, other: "Point") -> float:
        return self.x * other.x + self.y * other.y

    def norm(self) -> float:
        return math.hypot(self.x, self.y)


class Shape(Protocol):
    def area(self) -> float: ...
    def perimeter(self) -> float: ...


class Polygon:
    __slots__ = ("points", "__dict__")

    def __init__(self, *points: Point) -> None:
        if len(points) < 3:
            raise ValueError(f"a polygon needs 3 points, got {len(points)!r}")
        self.points = list(points)

    @cached_property
    def area(self) -> float:
        pts = self.points + self.points[:1]
        s = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:]))
        return abs(s) / 2

    def perimeter(self) -> float:
        pts = self.points + self.points[:1]
        return sum((b + Point(-a.x, -a.y)).norm() for a, b in zip(pts, pts[1:]))

    def __repr__(self):
        inner = ", ".join(f"({p.x:.2f}, {p.y:.2f})" for p in self.points)
        return f"Polygon[{inner}]"


def describe(shape: Shape) -> str:
    match shape:
        case Polygon(points=[_, _, _]):
            kind = "triangle"
        case Polygon(points=pts) if len(pts) == 4:
            kind = "quadrilateral"
        case _:
            kind = "shape"
    return f"{kind}: area={shape.area:.3f} perimeter={shape.perimeter():.3f}"


def bits(n: int) -> str:
    mask = 0xFF_FF
    flags = 0b1010_0101 | 0o17 << 3
    big = 1_000_000 * 2.5e-3 + 3j.imag
    n &= mask
    n ^= flags
    n <<= 2
    n **= 1
    n //= 3
    return f"{n:#06x} {big!s:>10} {{literal}} {'nested' + f'{n}'}"


SQUARES = {i: i ** 2 for i in range(10) if i % 2 == 0}
TOTAL = reduce(lambda acc, kv: acc + kv[1], SQUARES.items(), 0)
RAW = r"C:\path\to\file" + rb"\x00" .decode("latin-1")
DOC = '''multi
line "string" with \'quotes\' and \N{BULLET}'''
if (n := len(SQUARES)) > 3 and not TOTAL < 0:
    print(describe(Polygon(Point(0, 0), Point(4, 0), Point(4, 3))), n, TOTAL, sep="\t", end="\n")
    print(bits(0x1234), DOC, RAW, ..., None, True, False)
