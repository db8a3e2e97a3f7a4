#!/usr/bin/env python3
"""Restart the report workers after a config change and wait for the rollout.

Run by the nightly config-sync job. Exits non-zero when a rollout stalls so the
job is retried and the on-call is paged.
"""
import argparse
import logging
import shlex
import subprocess
import sys

log = logging.getLogger("rollout")
DEPLOYMENTS = ["report-worker", "report-scheduler"]


def run(cmd, check=True):
    log.info("+ %s", " ".join(shlex.quote(c) for c in cmd))
    return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=600)


def restart(namespace, name, timeout):
    run(["kubectl", "-n", namespace, "rollout", "restart", "deployment/" + name])
    res = run(["kubectl", "-n", namespace, "rollout", "status", "deployment/" + name,
               "--timeout", "%ds" % timeout], check=False)
    if res.returncode != 0:
        log.error("rollout of %s stalled: %s", name, res.stderr.strip())
        return False
    return True


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--namespace", default="batch")
    p.add_argument("--timeout", type=int, default=300)
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ok = all([restart(args.namespace, d, args.timeout) for d in DEPLOYMENTS])
    run(["kubectl", "-n", args.namespace, "get", "pods", "-l", "app=report-worker", "-o", "wide"],
        check=False)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
