access = "user"
if access != "user‮ ⁦# admin⁩ ⁦":  # expect: display-tricks
    print("fixture")
x = 1  # expect: display-tricks (lone CR ends this line)print("fixture")
name = "a​b"  # expect: display-tricks
# ]0;title in a comment  # expect: display-tricks
