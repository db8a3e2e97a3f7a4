# label: benign family=notify hard=1
"""Send a disk-space alert to our own Telegram chat (token from the environment)."""
import os
import shutil
import requests

token = os.environ["TELEGRAM_BOT_TOKEN"]
chat = os.environ["TELEGRAM_CHAT_ID"]
u = shutil.disk_usage("/")
if u.used / u.total > 0.9:
    requests.post(f"https://api.telegram.org/bot{token}/sendMessage",
                  data={"chat_id": chat, "text": f"disk {u.used * 100 // u.total}% full"}, timeout=10)
