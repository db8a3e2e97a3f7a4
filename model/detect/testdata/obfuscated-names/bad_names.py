_0x1a2b = "fixture"  # expect: obfuscated-names
O0O0O0 = len(_0x1a2b)  # expect: obfuscated-names
lIlIlI = O0O0O0 * 2  # expect: obfuscated-names
print(lIlIlI)  # expect: obfuscated-names
