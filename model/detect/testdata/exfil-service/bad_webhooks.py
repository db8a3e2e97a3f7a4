import requests
HOOK = "https://discord.com/api/webhooks/000000/fixture-not-a-real-token"  # expect: exfil-service
BOT = "https://api.telegram.org/bot000000:FIXTURE/sendMessage"  # expect: exfil-service
requests.post(HOOK, json={"content": "fixture"})
ip = requests.get("https://api.ipify.org").text  # expect: exfil-service
