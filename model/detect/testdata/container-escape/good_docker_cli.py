import subprocess
out = subprocess.run(["docker", "ps", "--format", "{{.Names}}"], capture_output=True, text=True)
print(out.stdout)
