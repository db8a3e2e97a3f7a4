# label: benign family=lib hard=0
import signal
import sys
import time

running = True

def stop(signum, frame):
    global running
    print("got", signal.Signals(signum).name)
    running = False

signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
while running:
    time.sleep(1)
print("clean exit")
sys.exit(0)
