# label: benign family=algo hard=1
def is_palindrome(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]

for w in ("A man, a plan, a canal: Panama", "racecar", "python"):
    print(w, is_palindrome(w), w[::-1])
