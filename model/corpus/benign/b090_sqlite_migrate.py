# label: benign family=data hard=0
import sqlite3

MIGRATIONS = [
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL)",
    "ALTER TABLE users ADD COLUMN created_at TEXT",
    "CREATE INDEX IF NOT EXISTS users_created ON users(created_at)",
]

conn = sqlite3.connect("app.db")
v = conn.execute("PRAGMA user_version").fetchone()[0]
for i, sql in enumerate(MIGRATIONS[v:], start=v + 1):
    conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {i}")
    print("applied", i)
conn.commit()
