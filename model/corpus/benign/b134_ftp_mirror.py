# label: benign family=network hard=1
import ftplib

with ftplib.FTP("ftp.gnu.org") as ftp:
    ftp.login()
    ftp.cwd("/gnu/hello")
    names = sorted(n for n in ftp.nlst() if n.endswith(".tar.gz"))
    latest = names[-1]
    with open(latest, "wb") as f:
        ftp.retrbinary("RETR " + latest, f.write)
print("downloaded", latest)
