#!/usr/bin/env python3
"""Materialise the service config from the base64 env var Cloud Run injects.

The deploy pipeline stores the YAML config base64-encoded in APP_CONFIG_B64 so
it survives the env var quoting. Decode it, validate it and write it where the
server expects it. Nothing here is executed.
"""
import base64
import binascii
import json
import os
import sys

REQUIRED = ("listen_port", "upstream", "log_level")
TARGET = "/etc/webhook-relay/config.json"


def decode(blob):
    try:
        raw = base64.b64decode(blob, validate=True)
    except binascii.Error as e:
        sys.exit("APP_CONFIG_B64 is not valid base64: %s" % e)
    cfg = json.loads(raw.decode("utf-8"))
    missing = [k for k in REQUIRED if k not in cfg]
    if missing:
        sys.exit("config missing keys: " + ", ".join(missing))
    return cfg


def main():
    blob = os.environ.get("APP_CONFIG_B64")
    if not blob:
        sys.exit("APP_CONFIG_B64 not set")
    cfg = decode(blob)
    cfg.setdefault("metrics_port", 9090)
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    tmp = TARGET + ".tmp"
    with open(tmp, "w") as f:
        json.dump(cfg, f, indent=2, sort_keys=True)
    os.replace(tmp, TARGET)
    print("wrote", TARGET, "with", len(cfg), "keys")


if __name__ == "__main__":
    main()
