import base64
import json
blob = "eyJyZWdpb24iOiAiZXUifQ=="
config = json.loads(base64.b64decode(blob))
exec_mode = config.get("region")
print(eval("1 + 1"))
