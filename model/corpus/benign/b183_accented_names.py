# label: benign family=i18n hard=0
people = ["José Álvarez", "Zoë Løvaas", "François Müller", "Søren Kierkegaard", "Ana Lúcia"]
import unicodedata

def ascii_slug(name):
    norm = unicodedata.normalize("NFKD", name)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower().replace(" ", ".")

for p in people:
    print(f"{p:20} -> {ascii_slug(p)}@corp.example")
