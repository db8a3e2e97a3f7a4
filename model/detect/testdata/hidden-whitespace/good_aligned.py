table = {
    "a":        1,
    "bb":       2,
}
print(table)                                                                                                                                                                # a comment far to the right is not code
