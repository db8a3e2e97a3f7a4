# label: benign family=network hard=1
import os
import urllib.request

proxy = os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy")
handlers = [urllib.request.ProxyHandler({"https": proxy})] if proxy else []
opener = urllib.request.build_opener(*handlers)
print(opener.open("https://www.google.com/generate_204", timeout=5).status)
