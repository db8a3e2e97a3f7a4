import sys
# built with pyinstaller? no: plain source (a comment mentioning PyInstaller is fine)
print(getattr(sys, "frozen", False))
