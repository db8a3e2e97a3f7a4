# label: malicious family=unicode techniques=T1027,T1036,T1059.004,T1059.006,T1140 lines=5-6,8
import base64
def is_admin(user):
    return False
def is_аdmin(user):  # Cyrillic a
    exec(base64.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiZWNobyBweXRyaWFnZS1jb3JwdXMiKQ=="))
    return True
if is_аdmin("guest"):
    print("welcome")
