# label: benign family=algo hard=1
"""NMEA sentence checksum: XOR of the bytes between $ and *."""
from functools import reduce


def nmea_checksum(sentence: str) -> str:
    body = sentence.strip().lstrip("$").split("*", 1)[0]
    return "%02X" % reduce(lambda a, c: a ^ ord(c), body, 0)


assert nmea_checksum("$GPGLL,5300.97914,N,00259.98174,E,125926,A*28") == "28"
print("ok")
