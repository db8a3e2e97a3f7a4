# label: benign family=i18n hard=1
"""Print a box-drawing table of currency symbols."""
ROWS = [("EUR", "€", "euro"), ("GBP", "£", "pound sterling"), ("JPY", "¥", "yen"), ("INR", "₹", "rupee"), ("KRW", "₩", "won")]
w = max(len(r[2]) for r in ROWS)
print("┌─────┬───┬" + "─" * (w + 2) + "┐")
for code, sym, name in ROWS:
    print(f"│ {code} │ {sym} │ {name:<{w}} │")
print("└─────┴───┴" + "─" * (w + 2) + "┘")
