import os, sys
print("fixture")
os.remove(__file__)  # expect: self-delete
os.unlink(sys.argv[0])  # expect: self-delete
