# -*- coding: utf-7 -*-
alpha = 1
# harmless +AAo-beta = 2
gamma = 3
