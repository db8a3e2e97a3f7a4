import os, requests, socket
status = {"host": socket.gethostname(), "ok": True, "home": os.getenv("HOME")}
requests.post("https://status.example/heartbeat", json=status, timeout=5)
