# label: benign family=logcleanup hard=1
"""Keep the systemd journal under 500 MB on small VMs."""
import subprocess

subprocess.run(["journalctl", "--vacuum-size=500M"], check=True)
print(subprocess.check_output(["journalctl", "--disk-usage"], text=True))
