HELP = ("This tool reads the configuration file, checks every entry against the schema, "
        "and prints a short summary of what would change if you applied it now.")
SHORT = "aGVsbG8="
print(HELP, SHORT)
