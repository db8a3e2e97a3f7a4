KEY = "q8Zx!fR2#pL9@vT4$mN7%bW1^cY6&hJ3*kD5(gS0)aE8_uI2+oP4=zX7~rQ1|eV9"  # expect: high-entropy
print(len(KEY))
