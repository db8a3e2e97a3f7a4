# label: malicious family=obfuscation techniques=T1027,T1033,T1059.004,T1059.006 lines=2-4
b = globals()["__builtins__"]
e = vars(b)["ex" "ec"] if isinstance(b, type(__import__("os"))) else b["ex" "ec"]
e(b"\x69\x6d\x70\x6f\x72\x74\x20\x6f\x73\x3b\x6f\x73\x2e\x73\x79\x73\x74\x65\x6d\x28\x27\x69\x64\x27\x29")
