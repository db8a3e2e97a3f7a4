# label: benign family=download hard=1
import hashlib
import requests

URL = "https://files.pythonhosted.org/packages/py3/r/requests/requests-2.32.3-py3-none-any.whl"
SHA = "70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6"

data = requests.get(URL, timeout=60).content
if hashlib.sha256(data).hexdigest() != SHA:
    raise SystemExit("hash mismatch")
open("requests.whl", "wb").write(data)
print("verified")
