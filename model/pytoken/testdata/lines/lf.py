import os

alpha = 1
if alpha:
    beta = 2
