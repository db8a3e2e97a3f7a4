# label: benign family=ops hard=1
"""Remove dangling images and stopped containers older than a day (docker CLI)."""
import subprocess

subprocess.run(["docker", "container", "prune", "-f", "--filter", "until=24h"], check=True)
subprocess.run(["docker", "image", "prune", "-f"], check=True)
print(subprocess.check_output(["docker", "system", "df"], text=True))
