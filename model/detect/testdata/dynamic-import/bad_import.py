import importlib
m = __import__("so" + "cket")  # expect: dynamic-import
n = "o" "s"
importlib.import_module(n[::-1][::-1])  # expect: dynamic-import
__import__(chr(111) + chr(115)).system("true")  # expect: dynamic-import
