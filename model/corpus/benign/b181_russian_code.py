# label: benign family=i18n hard=1
# Учебный пример: подсчёт слов в тексте
import re
import sys

def посчитать_слова(текст):
    слова = re.findall(r"\w+", текст.lower())
    результат = {}
    for слово in слова:
        результат[слово] = результат.get(слово, 0) + 1
    return результат

if __name__ == "__main__":
    данные = sys.stdin.read()
    for слово, число in sorted(посчитать_слова(данные).items(), key=lambda п: -п[1])[:10]:
        print(f"{слово:15} {число}")
