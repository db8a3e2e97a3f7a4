sep = chr(10)
letters = [chr(ord("a") + i) for i in range(3)]
data = bytes([0, 1, 2, 255])
print(sep, letters, data)
