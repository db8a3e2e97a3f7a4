#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Nightly backup of the reporting database to a bucket.

Runs from cron on the reporting VM. Verifies the dump's checksum before
uploading, keeps seven local copies, and reports to the ops channel.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

LOG = logging.getLogger("backup")
DEFAULT_DIR = Path("/var/backups/reporting")
KEEP = 7
CHUNK = 1 << 20


@dataclass
class Dump:
    path: Path
    sha256: str = ""
    size: int = 0
    tags: dict[str, str] = field(default_factory=dict)

    def verify(self) -> bool:
        h = hashlib.sha256()
        with self.path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                h.update(chunk)
        ok = h.hexdigest() == self.sha256
        LOG.info("verify %s: %s", self.path.name, "ok" if ok else "MISMATCH")
        return ok


def run(cmd: list[str], *, timeout: float = 600.0) -> str:
    """Run a command without a shell and return its stdout."""
    LOG.debug("run: %r", cmd)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.strip()[:200]}")
    return proc.stdout


def dump_database(out_dir: Path, name: str = "reporting") -> Dump:
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = out_dir / f"{name}-{stamp}.sql.gz"
    run(["pg_dump", "--format=custom", f"--file={target}", name])
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (target.with_suffix(".sha256")).write_text(f"{digest}  {target.name}\n")
    return Dump(path=target, sha256=digest, size=target.stat().st_size)


def rotate(out_dir: Path, keep: int = KEEP) -> list[Path]:
    dumps = sorted(out_dir.glob("*.sql.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for old in dumps[keep:]:
        LOG.info("removing %s", old)
        old.unlink(missing_ok=True)
        old.with_suffix(".sha256").unlink(missing_ok=True)
        removed.append(old)
    return removed


def upload(d: Dump, bucket: str, dry_run: bool = False) -> None:
    dest = f"gs://{bucket}/reporting/{d.path.name}"
    if dry_run:
        print(f"would upload {d.path} -> {dest} ({d.size / 1e6:.1f} MB)")
        return
    run(["gsutil", "-q", "cp", str(d.path), dest])


def free_space(path: Path) -> float:
    usage = shutil.disk_usage(path)
    return usage.free / usage.total


def parse_args(argv: Optional[Iterable[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    p.add_argument("--bucket", default=os.environ.get("BACKUP_BUCKET", "reporting-backups"))
    p.add_argument("--keep", type=int, default=KEEP)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(argv)


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed = False

    def add(self, msg: str, *args: object) -> None:
        self.lines.append(msg % args if args else msg)

    def fail(self, msg: str) -> None:
        self.failed = True
        self.add("FAILED: " + msg)

    def __str__(self) -> str:
        status = "❌" if self.failed else "✅"
        return "\n".join([f"{status} backup report"] + [f"  • {l}" for l in self.lines])


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2),
                        format="%(asctime)s %(levelname)s %(message)s")
    report = Report()
    args.dir.mkdir(parents=True, exist_ok=True)
    if free_space(args.dir) < 0.10:
        report.fail(f"less than 10% free on {args.dir}")
        print(report)
        return 2
    try:
        d = dump_database(args.dir)
        if not d.verify():
            report.fail("checksum mismatch")
            return 1
        upload(d, args.bucket, args.dry_run)
        report.add("uploaded %s (%d bytes)", d.path.name, d.size)
        for old in rotate(args.dir, args.keep):
            report.add("rotated %s", old.name)
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        report.fail(str(exc))
    finally:
        print(report)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
