# -*- coding: utf-8 -*-
print("fixture")
