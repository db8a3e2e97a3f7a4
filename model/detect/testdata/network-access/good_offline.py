import json
data = json.loads('{"url": "https://api.example/v1"}')
print(data["url"])
