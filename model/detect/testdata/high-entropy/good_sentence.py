MSG = "the quick brown fox jumps over the lazy dog and keeps running far away from here"
HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
print(MSG, HEX)
import re
LINE = re.compile("^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
