import tempfile, subprocess
with open("/tmp/report.txt", "w") as f:
    f.write("ok")
with tempfile.TemporaryDirectory() as d:
    subprocess.run(["tar", "czf", d + "/b.tgz", "src"], check=True)
