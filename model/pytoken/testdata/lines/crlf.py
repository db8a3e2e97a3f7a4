import os

alpha = 1
if alpha:
    beta = (1,
        2)
gamma = 3