# coding: unicode_escape
alpha = 1
# harmless \ngamma = 2
delta = 3
