# -*- coding: utf-7 -*-  # expect: encoding-cookie
print("fixture")
