ｅｘｅｃ("print(1)")  # expect: confusable-ident
import os
оѕ = os  # expect: confusable-ident
ㅤ = 1  # expect: confusable-ident
