# label: benign family=lib hard=1
"""Build hash constructors by name, like hashlib's fallback table."""
import hashlib

__all__ = []
for _name in ("md5", "sha1", "sha256", "sha512", "blake2b"):
    try:
        globals()["new_" + _name] = getattr(hashlib, _name)
        __all__.append("new_" + _name)
    except AttributeError:
        pass
del _name

print(new_sha256(b"abc").hexdigest())
