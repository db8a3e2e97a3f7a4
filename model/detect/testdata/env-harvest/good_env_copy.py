import os, subprocess
env = os.environ.copy()
env["LC_ALL"] = "C"
subprocess.run(["make", "test"], env=env, check=True)
print(os.environ.get("HOME"))
