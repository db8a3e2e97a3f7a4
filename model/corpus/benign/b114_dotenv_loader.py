# label: benign family=config hard=1
import os

def load_dotenv(path=".env"):
    if not os.path.exists(path):
        return 0
    n = 0
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        os.environ.setdefault(k.strip(), v.strip().strip('"'))
        n += 1
    return n

print(load_dotenv(), "variables loaded")
