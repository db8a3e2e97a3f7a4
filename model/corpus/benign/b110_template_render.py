# label: benign family=web hard=0
from string import Template

tpl = Template(open("email.tpl").read())
for row in [{"name": "Ana", "due": "2024-07-01"}, {"name": "Ben", "due": "2024-07-03"}]:
    print(tpl.safe_substitute(row))
    print("-" * 40)
