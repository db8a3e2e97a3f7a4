# label: benign family=i18n hard=0
"""Physikalische Konstanten — mit griechischen Bezeichnern, wie in der Formel."""
import math

π = math.pi
μ0 = 4e-7 * π          # magnetische Feldkonstante
ε0 = 8.8541878128e-12  # elektrische Feldkonstante
c = 1 / math.sqrt(μ0 * ε0)

def λ_to_f(λ):
    """Wellenlänge → Frequenz."""
    return c / λ

print(f"c ≈ {c:.4e} m/s, f(500 nm) ≈ {λ_to_f(500e-9):.3e} Hz")
