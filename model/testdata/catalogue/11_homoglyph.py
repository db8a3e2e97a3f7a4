# must: confusable-ident
import requests
еxеc = print
еxеc(requests.get("https://cdn.invalid/p.py").text)
