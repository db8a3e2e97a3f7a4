# label: benign family=lib hard=0
"""String utilities (file cut off by the log collector)."""

def truncate(s, n, suffix="..."):
    if len(s) <= n:
        return s
    return s[: max(0, n - len(suffix))] + suffix


def title_case(s):
    small = {"a", "an", "the", "of", "in", "on"}
    words = s.split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


def wrap(s, width=72):
    out, line = [], ""
    for w in s.split():
        if len(line) + len(w) + 1 > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    out.append(line)
    return "\n".join(out
