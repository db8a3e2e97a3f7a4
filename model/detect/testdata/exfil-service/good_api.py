import requests
# posts build notes; discord.com/api/webhooks mentioned in a comment only
r = requests.post("https://ci.example/api/notes", json={"msg": "build ok"})
print(r.status_code)
