# label: benign family=ops hard=0
import ssl;print(ssl.OPENSSL_VERSION)
