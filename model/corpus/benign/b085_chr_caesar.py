# label: benign family=algo hard=1
"""Caesar cipher exercise (chr/ord arithmetic)."""

def shift(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at dawn"
enc = shift(msg, 3)
print(enc, "->", shift(enc, -3))
