# label: malicious family=encoded techniques=T1027,T1027.002,T1059.004,T1059.006,T1140 lines=3
import pickle, base64
pickle.loads(base64.b64decode(b"gASVNAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjBllY2hvIHB5dHJpYWdlLWNvcnB1cy1vbmx5lIWUUpQu"))
