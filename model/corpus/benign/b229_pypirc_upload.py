# label: benign family=ops hard=1
"""Upload built distributions to the index configured in ~/.pypirc (twine-like)."""
import configparser
import glob
import os
import subprocess

cfg = configparser.RawConfigParser()
cfg.read(os.path.expanduser("~/.pypirc"))
repo = os.environ.get("REPO", "pypi")
url = cfg.get(repo, "repository", fallback="https://upload.pypi.org/legacy/")
user = cfg.get(repo, "username", fallback="__token__")
password = cfg.get(repo, "password")
files = sorted(glob.glob("dist/*"))
subprocess.run(["twine", "upload", "--repository-url", url, "-u", user, "-p", password, *files], check=True)
