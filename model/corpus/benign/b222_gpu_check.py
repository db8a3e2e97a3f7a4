# label: benign family=ops hard=1
import shutil
import subprocess

if shutil.which("nvidia-smi"):
    out = subprocess.check_output(["nvidia-smi", "--query-gpu=name,memory.used,memory.total,utilization.gpu", "--format=csv,noheader"], text=True)
    for i, line in enumerate(out.strip().splitlines()):
        print(f"gpu{i}: {line}")
else:
    print("no NVIDIA GPU")
