print("visible part")                                                                                                                                                                ;print("fixture hidden")  # expect: hidden-whitespace
x = 1
