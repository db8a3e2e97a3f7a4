import requests, socket
requests.get("http://203.0.113.50:8080/payload")  # expect: raw-ip-url
u = "https://198.51.100.3/api"  # expect: raw-ip-url
s = socket.socket()
s.connect(("192.0.2.44", 443))  # expect: raw-ip-url
