# label: benign family=config hard=1
"""Log in to our artifact server with the credentials in ~/.netrc (like curl -n)."""
import netrc
import os
import urllib.request

HOST = "artifacts.corp.example"
auth = netrc.netrc(os.path.expanduser("~/.netrc")).authenticators(HOST)
if auth is None:
    raise SystemExit(f"no entry for {HOST} in ~/.netrc")
login, _, password = auth
mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password(None, f"https://{HOST}/", login, password)
opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(mgr))
print(opener.open(f"https://{HOST}/api/v1/ping", timeout=10).status)
