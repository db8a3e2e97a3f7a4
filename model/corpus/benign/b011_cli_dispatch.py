# label: benign family=cli hard=1
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


def main(argv):
    t = Tasks()
    if len(argv) < 2 or not hasattr(t, argv[1]):
        print("usage: tasks.py build|test|clean")
        return 2
    getattr(t, argv[1])()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
