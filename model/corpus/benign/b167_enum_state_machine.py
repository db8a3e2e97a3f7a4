# label: benign family=algo hard=0
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


def run(events):
    s = State.IDLE
    for e in events:
        s = TRANSITIONS.get((s, e), s)
        print(f"{e:8} -> {s.name}")
    return s


run(["start", "pause", "resume", "finish", "start"])
