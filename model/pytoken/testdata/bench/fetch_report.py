# A defanged, deliberately suspicious-looking script: it only prints a constant.
import base64, json, os, socket, urllib.request
from subprocess import Popen as P

C2 = "http://203.0.113.7:8080/collect"
META = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
BLOB = base64.b64decode("cHJpbnQoImRlZmFuZ2VkIik=")


def harvest():
    env = {k: v for k, v in os.environ.items() if "TOKEN" in k or "KEY" in k}
    try:
        req = urllib.request.Request(META, headers={"Metadata-Flavor": "Google"})
        tok = urllib.request.urlopen(req, timeout=2).read().decode()
    except Exception as e:  # noqa: BLE001
        tok = str(e)
    return json.dumps({"env": env, "tok": tok, "host": socket.gethostname()})


def send(data: str) -> None:
    print("defanged: would POST", len(data), "bytes to", C2)


if __name__ == "__main__":
    send(harvest())
    print(BLOB.decode(), P.__name__)
