import os, shutil
shutil.rmtree("build", ignore_errors=True)
for root, dirs, files in os.walk("src"):
    print(root, len(files))
