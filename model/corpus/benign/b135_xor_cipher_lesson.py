# label: benign family=algo hard=1
"""Teaching example: XOR is its own inverse (not secure)."""

def xor(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))

msg = b"meet at noon"
k = b"k3y"
ct = xor(msg, k)
print(ct.hex())
assert xor(ct, k) == msg
