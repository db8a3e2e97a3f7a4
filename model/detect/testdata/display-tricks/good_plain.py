# Plain text, tabs	and unicode letters like é are fine.
print("café", "\u202e as an escape sequence is only text")
