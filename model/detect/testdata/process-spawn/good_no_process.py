import os
# subprocess.Popen(["id"]) in a comment does not count
system = "linux"
print(os.path.join("a", system))
