# label: benign family=notify hard=1
"""Email the on-call when the nightly job fails."""
import smtplib
import socket
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = f"nightly job failed on {socket.gethostname()}"
msg["From"] = "noreply@corp.example"
msg["To"] = "oncall@corp.example"
msg.set_content(open("/var/log/nightly/last.log").read()[-4000:])
with smtplib.SMTP("smtp.corp.example", 587) as s:
    s.starttls()
    s.send_message(msg)
