import requests
import socket
r = requests.get("https://api.example/v1/items", timeout=5)  # expect: network-access
s = socket.create_connection(("db.internal.example", 5432))  # expect: network-access
