import os
print("clean")
