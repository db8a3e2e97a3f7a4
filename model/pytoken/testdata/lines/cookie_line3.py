alpha = 1

# coding: utf-7
beta = "+AAo-"
